// Which way a piece of text reads, from its first strong letter (the rule of the Unicode
// bidirectional algorithm, P2-P3): an Arabic or Hebrew title is laid out right to left even
// when it contains Latin identifiers.
const FIRST_STRONG = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]|\p{L}/u;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

export function isRightToLeft(text: string | null | undefined): boolean {
  const first = (text ?? "").match(FIRST_STRONG);
  return first !== null && RTL_LETTER.test(first[0]);
}

// What the printed PDF can draw. The PDF embeds DejaVu Sans (from the dejavu-fonts-ttf npm
// package, so a clean CI machine has it too): Latin, Greek, Cyrillic, Arabic and Hebrew among
// others. A character the font has no glyph for (most emoji) would print as an empty box with
// no explanation, so each such grapheme (a whole emoji sequence, skin tone and joiners
// included) becomes "□" (U+25A1), and the item is still printed. The other formats keep the
// text as it is.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as fontkit from "fontkit";

export const MISSING_GLYPH = "□";

type Fonts = { regular: Buffer; bold: Buffer; covers: (codePoint: number) => boolean };
let fonts: Fonts | undefined;

/** Resolved from the project root, so it works under tsx, vitest and Next's server alike. */
function fontFile(name: string): string {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  return path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf", name);
}

export function pdfFonts(): Fonts {
  if (!fonts) {
    const regular = fs.readFileSync(fontFile("DejaVuSans.ttf"));
    const bold = fs.readFileSync(fontFile("DejaVuSans-Bold.ttf"));
    const face = fontkit.create(regular);
    if (!("hasGlyphForCodePoint" in face)) throw new Error("DejaVuSans.ttf is a font collection, expected one face");
    const cache = new Map<number, boolean>();
    const covers = (codePoint: number) => {
      let known = cache.get(codePoint);
      if (known === undefined) cache.set(codePoint, (known = face.hasGlyphForCodePoint(codePoint)));
      return known;
    };
    fonts = { regular, bold, covers };
  }
  return fonts;
}

/** Joiners, variation selectors and skin-tone modifiers draw nothing on their own. */
const INVISIBLE = /[\u200c\u200d\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** The text as the PDF can print it: line breaks normalised, tabs as spaces, missing glyphs as □. */
export function printable(text: string): string {
  const { covers } = pdfFonts();
  const normalised = text.replace(/\r\n?/g, "\n").replace(/[\t\v\f]/g, " ").replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, "");
  // Fast path: most text is covered character by character.
  if ([...normalised].every((ch) => ch === "\n" || covers(ch.codePointAt(0)!))) return normalised;
  let out = "";
  for (const { segment } of segmenter.segment(normalised)) {
    const drawable = [...segment].every((ch) => ch === "\n" || INVISIBLE.test(ch) || covers(ch.codePointAt(0)!));
    out += drawable ? segment.replace(new RegExp(INVISIBLE.source, "gu"), "") : MISSING_GLYPH;
  }
  return out;
}

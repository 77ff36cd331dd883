// Content files are read as bytes and decoded strictly: Node's default "utf8" decoding turns
// invalid sequences into U+FFFD silently, which would import corrupted text without a word.
const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export type DecodedText = { ok: true; text: string } | { ok: false; line: number; message: string };

/** Decodes UTF-8 (dropping a leading byte-order mark); reports the first invalid line. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    // Find the line: decode line by line until one fails. Only runs for broken files.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start, i));
        } catch {
          return { ok: false, line, message: "the file is not valid UTF-8 (save it as UTF-8)" };
        }
        line++;
        start = i + 1;
      }
    }
    return { ok: false, line: 1, message: "the file is not valid UTF-8 (save it as UTF-8)" };
  }
}

// Images in bodies must be the portal's own files, served from public/. The check resolves the
// path inside public/ and refuses anything that would climb out of it.
import fs from "node:fs";
import path from "node:path";

/** A check for BodyOptions.assetExists: is `src` (e.g. /images/x.png) a file under `publicDir`? */
export function publicAssetExists(publicDir: string): (src: string) => boolean {
  const base = path.resolve(publicDir);
  return (src) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(src);
    } catch {
      return false;
    }
    const file = path.resolve(base, `.${decoded}`);
    if (!file.startsWith(base + path.sep)) return false;
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  };
}

// Images in bodies must be the portal's own files, served from public/. The check resolves the
// path inside public/ and refuses anything that would climb out of it.
import fs from "node:fs";
import path from "node:path";

/** A check for BodyOptions.assetExists: is `src` (e.g. /images/x.png) a file under `publicDir`? */
export function publicAssetExists(publicDir: string): (src: string) => boolean {
  const base = path.resolve(/*turbopackIgnore: true*/ publicDir);
  return (src) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(src);
    } catch {
      return false;
    }
    // Runtime paths from content: the bundler must not try to trace them into the build.
    const file = path.resolve(/*turbopackIgnore: true*/ base, `.${decoded}`);
    if (!file.startsWith(base + path.sep)) return false;
    try {
      return fs.statSync(/*turbopackIgnore: true*/ file).isFile();
    } catch {
      return false;
    }
  };
}

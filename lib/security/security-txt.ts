// /.well-known/security.txt (RFC 9116). Built with the site, so Expires is counted from the
// build; every rebuild (any content change, see decision 0004) moves it forward.

/** RFC 9116 §2.5.5 recommends less than a year; half a year forces a rebuild now and then. */
export const SECURITY_TXT_LIFETIME_DAYS = 180;

/** The page people are sent to, and the policy the file points at. */
export const SECURITY_PAGE_PATH = "/security";

/** `contact` (SECURITY_CONTACT) comes first when set; the /security page is always listed. */
export function securityTxt({ siteUrl, now, contact }: { siteUrl: string; now: Date; contact?: string }): string {
  const at = (path: string) => new URL(path, siteUrl).href;
  const expires = new Date(now.getTime() + SECURITY_TXT_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
  return [
    ...(contact ? [`Contact: ${contact}`] : []),
    `Contact: ${at(SECURITY_PAGE_PATH)}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    `Canonical: ${at("/.well-known/security.txt")}`,
    "Preferred-Languages: en",
    `Policy: ${at(SECURITY_PAGE_PATH)}`,
    "",
  ].join("\n");
}

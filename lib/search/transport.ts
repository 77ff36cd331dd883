// Where Meilisearch keys may be sent. A key crosses the network on every request, so plain
// http is accepted only to this machine (loopback) unless the operator says otherwise.
// No imports: env.ts uses this while it validates the configuration.

/** True for 127.0.0.0/8, ::1 and localhost: traffic that never leaves this machine. */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (name === "localhost" || name === "::1") return true;
  const octets = name.split(".");
  return octets.length === 4 && octets[0] === "127" && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

/**
 * Why `host` may not carry keys, or null when it may: https anywhere, http only on loopback
 * (or anywhere when `allowInsecure`).
 */
export function insecureHostProblem(host: string, allowInsecure: boolean): string | null {
  let url: URL;
  try {
    url = new URL(host);
  } catch {
    return "is not a URL";
  }
  if (url.protocol === "https:") return null;
  if (url.protocol !== "http:") return "must be an http:// or https:// URL";
  if (isLoopbackHostname(url.hostname) || allowInsecure) return null;
  return "plain http to another machine would send the Meilisearch keys unencrypted: use https (and MEILI_CA_FILE for a private CA), or set MEILI_ALLOW_INSECURE=1 to accept that";
}

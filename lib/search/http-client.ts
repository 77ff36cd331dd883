// HTTP for the Meilisearch client over node:http with a keep-alive agent. Node's fetch costs
// ~40 ms per call against Meilisearch with keep-alive (or a new TCP connection per call with
// `Connection: close`), and inside Next it also goes through Next's patched fetch; a plain
// keep-alive agent with TCP_NODELAY answers in about the engine's own time.
// https hosts go through node:https with the system CAs, or only the CA in `caFile` when given
// (a private CA or a self-signed certificate). Certificate verification is never turned off.
import fs from "node:fs";
import http from "node:http";
import https from "node:https";

/** How to reach Meilisearch: the CA file applies to https hosts only. */
export type MeiliTransport = { timeoutMs: number; caFile?: string };

const agentOptions = { keepAlive: true, maxSockets: 32, keepAliveMsecs: 10_000 };
const httpAgent = new http.Agent(agentOptions);
const httpsAgents = new Map<string, https.Agent>();

function agentFor(url: URL, caFile: string | undefined): http.Agent {
  if (url.protocol === "http:") return httpAgent;
  if (url.protocol !== "https:") throw new Error(`Meilisearch host must be http or https, not ${url.protocol}`);
  const key = caFile ?? "";
  let agent = httpsAgents.get(key);
  if (!agent) {
    agent = new https.Agent({ ...agentOptions, ...(caFile ? { ca: fs.readFileSync(caFile) } : {}) });
    httpsAgents.set(key, agent);
  }
  return agent;
}

/** Error for a non-2xx answer, shaped like the client's own (`cause.code` = Meilisearch code). */
export class MeiliHttpError extends Error {
  constructor(readonly status: number, readonly cause: { code?: string; message?: string } | undefined) {
    super(cause?.message ?? `Meilisearch answered ${status}`);
    this.name = "MeiliHttpError";
  }
}

/**
 * An httpClient for the Meilisearch client. The timeout lives here rather than in the client's
 * `timeout` option, whose per-call signal wrapping leaks listeners while waiting for tasks.
 */
export function createMeiliHttpClient({ timeoutMs, caFile }: MeiliTransport) {
  return (input: RequestInfo | URL, init: RequestInit = {}) => meiliRequest(input, init, timeoutMs, caFile);
}

function meiliRequest(input: RequestInfo | URL, init: RequestInit, timeoutMs: number, caFile: string | undefined): Promise<unknown> {
  const url = new URL(input instanceof Request ? input.url : input.toString());
  const agent = agentFor(url, caFile);
  const transport = url.protocol === "https:" ? https : http;
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, key) => (headers[key] = value));
  const body = typeof init.body === "string" ? init.body : undefined;
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  const signal = init.signal ?? undefined;
  return new Promise((resolve, reject) => {
    // Listen to the timeout signal ourselves and let go afterwards: passing it to
    // http.request leaves a listener per call on signals the client reuses while polling.
    const onAbort = () => req.destroy(new Error("Meilisearch request was aborted"));
    const timer = setTimeout(() => req.destroy(new Error(`Meilisearch did not answer within ${timeoutMs} ms`)), timeoutMs);
    const settle = <T>(fn: (v: T) => void) => (v: T) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      fn(v);
    };
    resolve = settle(resolve);
    reject = settle(reject);
    const req = transport.request(
      url,
      { method: init.method ?? "GET", headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed: unknown;
          try {
            parsed = text === "" ? undefined : JSON.parse(text);
          } catch {
            return reject(new Error(`Meilisearch sent invalid JSON (${res.statusCode})`));
          }
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(parsed);
          else reject(new MeiliHttpError(status, parsed as { code?: string; message?: string }));
        });
      },
    );
    req.on("error", reject);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    req.setNoDelay(true);
    req.end(body);
  });
}

/** The Meilisearch error code (e.g. "index_not_found") anywhere in an error's cause chain. */
export function meiliErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[a-z_]+$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

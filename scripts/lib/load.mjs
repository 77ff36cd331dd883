// A small closed-loop load generator: `clients` concurrent loops, each sending the next
// request as soon as the previous response has been read completely.
import http from "node:http";

// `url` is one URL or a function giving each request's. `perRequest(url)` adds options to each
// request (headers, a local address): the API benchmarks use it to come from many clients, so
// the per-client rate limit does not refuse the load, and to send each URL's validator.
// `status` is the answer every request must get (a 304 for conditional requests).
export async function measure(url, { clients = 10, seconds = 8, warmupSeconds = 1, perRequest = () => ({}), status = 200 } = {}) {
  const nextUrl = typeof url === "function" ? url : () => url;
  // The agent keeps a pool per local address, so keep-alive holds with perRequest addresses too.
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const get = () =>
    new Promise((resolve, reject) => {
      const target = nextUrl();
      const started = process.hrtime.bigint();
      http
        .get(target, { agent, ...perRequest(target) }, (res) => {
          let bytes = 0;
          res.on("data", (chunk) => (bytes += chunk.length));
          res.on("end", () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.statusCode, bytes, url: target }));
        })
        .on("error", reject);
    });

  const run = async (durationMs, record) => {
    const stopAt = Date.now() + durationMs;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (Date.now() < stopAt) {
          const r = await get();
          if (r.status !== status) throw new Error(`${r.url} answered ${r.status}, expected ${status}`);
          record?.(r);
        }
      }),
    );
  };

  await run(warmupSeconds * 1000);
  const latencies = [];
  let bytes = 0;
  const started = performance.now();
  await run(seconds * 1000, (r) => {
    latencies.push(r.ms);
    bytes = r.bytes;
  });
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { requests: latencies.length, rps: latencies.length / elapsed, p50: pct(50), p95: pct(95), p99: pct(99), bytes };
}

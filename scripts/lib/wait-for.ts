// Shared by the TypeScript benchmarks: poll a URL until it answers 2xx (a server still building).

/** Resolves once `url` answers with a 2xx status; rejects after `timeoutMs`. */
export async function waitFor(url: string, timeoutMs: number, intervalMs = 250): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${url} did not come up within ${Math.round(timeoutMs / 1000)} s`);
}

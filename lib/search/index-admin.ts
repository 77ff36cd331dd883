// Creating and configuring the catalogue index. Settings are compared before updating,
// because any settings change makes Meilisearch re-index every document.
import type { Meilisearch } from "meilisearch";
import { indexSettings } from "./meili";

const TASK_TIMEOUT = { timeout: 300_000, interval: 25 };

export async function waitTask(task: { waitTask: (o?: { timeout?: number; interval?: number }) => Promise<{ status: string; error?: { message?: string } | null }> }) {
  const done = await task.waitTask(TASK_TIMEOUT);
  if (done.status !== "succeeded") throw new Error(`Meilisearch task ${done.status}: ${done.error?.message ?? "no detail"}`);
  return done;
}

async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getIndex(uid);
    return true;
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code === "index_not_found") return false;
    throw error;
  }
}

/** Makes sure `uid` exists with the catalogue's settings. */
export async function ensureIndex(client: Meilisearch, uid: string): Promise<void> {
  if (!(await indexExists(client, uid))) {
    await waitTask(client.createIndex(uid, { primaryKey: "id" }));
  }
  const index = client.index(uid);
  const current = await index.getSettings();
  const differs = (Object.keys(indexSettings) as (keyof typeof indexSettings)[]).some(
    (k) => JSON.stringify(normalise(current[k])) !== JSON.stringify(normalise(indexSettings[k])),
  );
  if (differs) await waitTask(index.updateSettings(indexSettings));
}

// Meilisearch returns settings with defaults filled in; compare only what we set.
function normalise(v: unknown): unknown {
  if (Array.isArray(v)) return v;
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, normalise(x)]));
  }
  return v;
}

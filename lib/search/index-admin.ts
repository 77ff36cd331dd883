// Creating and configuring the catalogue index. Settings are compared before updating,
// because any settings change makes Meilisearch re-index every document.
import type { Meilisearch } from "meilisearch";
import { indexSettings } from "./meili";
import { meiliErrorCode } from "./http-client";

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
    if (meiliErrorCode(error) === "index_not_found") return false;
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
  if (!contains(current, indexSettings)) await waitTask(index.updateSettings(indexSettings));
}

/**
 * True when `actual` already has every value `wanted` sets. Meilisearch returns settings with
 * defaults filled in (extra keys), so only the keys we set are compared.
 */
export function contains(actual: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted)) return JSON.stringify(actual) === JSON.stringify(wanted);
  if (wanted && typeof wanted === "object") {
    if (!actual || typeof actual !== "object") return false;
    return Object.entries(wanted).every(([k, v]) => contains((actual as Record<string, unknown>)[k], v));
  }
  return actual === wanted;
}

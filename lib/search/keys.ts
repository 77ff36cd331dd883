// The two API keys the portal uses, derived from the Meilisearch master key through the keys
// API. The master key only manages keys: searches use a search-only key, indexing a key limited
// to the catalogue's indexes, so a leaked search or index key cannot read or change anything else
// and neither can create keys. Key uids are an HMAC of the master key and the key's rights:
// deriving again finds the same keys (no duplicates), and new rights get a new key.
// No env import: scripts/start.mjs loads this file before the app's env exists.
import { createHmac } from "node:crypto";
import type { Key, Meilisearch } from "meilisearch";
import { createMeiliClient } from "./client";
import { meiliErrorCode } from "./http-client";

export type SearchKeys = { searchKey: string; indexKey: string };
export type KeyPurpose = "search" | "index";
export type KeyScope = { actions: string[]; indexes: string[] };
export type DeriveOptions = { indexUid?: string; caFile?: string; timeoutMs?: number };

/**
 * What each key may do. `<index>*` covers the live index and the reindex's temporary
 * `<index>_build_<time>` index, which the swap needs on both sides.
 */
export function keyScopes(indexUid: string): Record<KeyPurpose, KeyScope> {
  const indexes = [`${indexUid}*`];
  return {
    search: { actions: ["search"], indexes },
    index: {
      actions: [
        "documents.add",
        "documents.get",
        "documents.delete",
        "indexes.create",
        "indexes.get",
        "indexes.delete",
        "indexes.swap",
        "settings.get",
        "settings.update",
        "stats.get",
        "tasks.get",
      ],
      indexes,
    },
  };
}

/** A UUID (v4 layout) from an HMAC of the master key, the purpose and the rights. */
export function keyUid(masterKey: string, purpose: KeyPurpose, scope: KeyScope): string {
  const h = createHmac("sha256", masterKey).update(`ds4sscc-catalogue-key\0${purpose}\0${JSON.stringify(scope)}`).digest();
  h[6] = (h[6] & 0x0f) | 0x40;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

async function findKey(admin: Meilisearch, uid: string): Promise<Key | null> {
  try {
    return await admin.getKey(uid);
  } catch (error) {
    if (meiliErrorCode(error) === "api_key_not_found") return null;
    throw error;
  }
}

async function createKey(admin: Meilisearch, uid: string, purpose: KeyPurpose, scope: KeyScope): Promise<Key> {
  try {
    return await admin.createKey({
      uid,
      name: `catalogue-${purpose}`,
      description: `DS4SSCC catalogue ${purpose} key, derived from the master key (uid = HMAC of the master key and these rights)`,
      ...scope,
      expiresAt: null,
    });
  } catch (error) {
    // Another process (e.g. a CLI script next to the server) created it in the meantime.
    if (meiliErrorCode(error) === "api_key_already_exists") return admin.getKey(uid);
    throw error;
  }
}

const sameList = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

async function ensureKey(admin: Meilisearch, masterKey: string, purpose: KeyPurpose, scope: KeyScope): Promise<string> {
  const uid = keyUid(masterKey, purpose, scope);
  const key = (await findKey(admin, uid)) ?? (await createKey(admin, uid, purpose, scope));
  // The uid encodes the rights, so a mismatch means someone edited the key: refuse to use it.
  if (!sameList(key.actions, scope.actions) || !sameList(key.indexes, scope.indexes) || key.expiresAt) {
    throw new Error(`Meilisearch key ${uid} (${purpose}) does not have the expected rights; delete it with the master key and start again`);
  }
  return key.key;
}

/**
 * The search and index keys for `host`, created on first use and found again afterwards.
 * `masterKey` is sent only to POST/GET /keys; callers must only pass a host they trust.
 */
export async function deriveSearchKeys(host: string, masterKey: string, options: DeriveOptions = {}): Promise<SearchKeys> {
  const scopes = keyScopes(options.indexUid ?? "catalogue");
  const admin = createMeiliClient({ host, apiKey: masterKey, timeoutMs: options.timeoutMs ?? 10_000, caFile: options.caFile });
  const [searchKey, indexKey] = await Promise.all([
    ensureKey(admin, masterKey, "search", scopes.search),
    ensureKey(admin, masterKey, "index", scopes.index),
  ]);
  return { searchKey, indexKey };
}

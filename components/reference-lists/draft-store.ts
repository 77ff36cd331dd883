// The anonymous visitor's draft list, kept in this browser's localStorage until they sign in
// (then components/layout/account-nav.tsx hands it to /lists/adopt). Only slugs and titles are
// kept; the server re-reads everything else when the list is adopted.
const KEY = "ds4sscc:draft-list:v1";
const EVENT = "ds4sscc:draft-list";

export type DraftItem = { slug: string; title: string };

export function readDraft(): DraftItem[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(value) ? value.filter((i): i is DraftItem => typeof i?.slug === "string" && typeof i?.title === "string") : [];
  } catch {
    return [];
  }
}

function write(items: DraftItem[]) {
  window.localStorage.setItem(KEY, JSON.stringify(items));
  window.dispatchEvent(new Event(EVENT));
}

/** Adds an item at the end; false when it was already there. */
export function addToDraft(item: DraftItem): boolean {
  const items = readDraft();
  if (items.some((i) => i.slug === item.slug)) return false;
  write([...items, item]);
  return true;
}

export function removeFromDraft(slug: string) {
  write(readDraft().filter((i) => i.slug !== slug));
}

export function moveInDraft(slug: string, by: -1 | 1) {
  const items = readDraft();
  const from = items.findIndex((i) => i.slug === slug);
  const to = from + by;
  if (from < 0 || to < 0 || to >= items.length) return;
  [items[from], items[to]] = [items[to], items[from]];
  write(items);
}

export function clearDraft() {
  window.localStorage.removeItem(KEY);
  window.dispatchEvent(new Event(EVENT));
}

/** Calls `listener` whenever the draft changes, in this tab or another. */
export function subscribeDraft(listener: () => void): () => void {
  const onStorage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener(EVENT, listener);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(EVENT, listener);
    window.removeEventListener("storage", onStorage);
  };
}

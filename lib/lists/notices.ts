// The fixed messages list pages show after a form: the URL carries a code, never text, so a link
// cannot make the page say something we did not write.
import { MAX_LIST_ITEMS, MAX_NOTE_LENGTH } from "./schema";

export const notices = {
  created: { ok: true, text: "The list was created. Add specifications from the catalogue with “Add to list”." },
  saved: { ok: true, text: "The list details were saved." },
  added: { ok: true, text: "The specification was added at the end of the list." },
  "already-listed": { ok: true, text: "That specification was already in the list." },
  "item-saved": { ok: true, text: "The item was saved." },
  "item-moved": { ok: true, text: "The item was moved." },
  "item-removed": { ok: true, text: "The item was removed from the list." },
  shared: { ok: true, text: "Anyone with the share link can now read this list (but not change it)." },
  unshared: { ok: true, text: "The share link was revoked: it no longer opens the list." },
  duplicated: { ok: true, text: "This is a private copy of your list, with the same items in the same order." },
  adopted: { ok: true, text: "The draft list from this browser was saved to your account." },
  deleted: { ok: true, text: "The list was deleted." },
  conflict: { ok: false, text: "This list was changed elsewhere (another tab or device) since you opened it. Nothing was saved: check the list below and try again." },
  "title-required": { ok: false, text: "Give the list a title of at most 200 characters. Nothing was saved." },
  "invalid-details": { ok: false, text: "The purpose may have at most 2,000 characters and the buyer 200, and the release must be one of those listed. Nothing was saved." },
  "invalid-release": { ok: false, text: "That release does not exist, or the item can no longer be changed. Nothing was saved." },
  "note-too-long": { ok: false, text: `A note may have at most ${MAX_NOTE_LENGTH.toLocaleString("en")} characters. Nothing was saved.` },
  "invalid-item": { ok: false, text: "Choose mandatory, recommended or informative for the item. Nothing was saved." },
  full: { ok: false, text: `A list holds at most ${MAX_LIST_ITEMS.toLocaleString("en")} items.` },
} as const;

export type NoticeCode = keyof typeof notices;

export function noticeFor(code: unknown): (typeof notices)[NoticeCode] | null {
  return typeof code === "string" && Object.hasOwn(notices, code) ? notices[code as NoticeCode] : null;
}

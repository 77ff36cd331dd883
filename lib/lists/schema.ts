// Reference lists: what a procurement officer may write, parsed once at every boundary.
import { z } from "zod";
import { Slug } from "@/lib/catalogue/schema";
import { CURRENT, ReleaseName } from "@/lib/releases/schema";

export const requirementLevels = ["mandatory", "recommended", "informative"] as const;
export const RequirementLevel = z.enum(requirementLevels, { error: "choose mandatory, recommended or informative" });
export type RequirementLevel = z.infer<typeof RequirementLevel>;
export const levelLabel: Record<RequirementLevel, string> = { mandatory: "Mandatory (shall)", recommended: "Recommended (should)", informative: "Informative (may)" };

/** A list may hold this many items; beyond it exports and pages would stop being usable. */
export const MAX_LIST_ITEMS = 1000;
export const MAX_NOTE_LENGTH = 5000;
export const MAX_LISTS_PER_USER = 200;

const text = (max: number, what: string) => z.string().trim().max(max, `${what} must be at most ${max} characters`);

export const ListId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a list identifier");
/** Share tokens are 32 random bytes, base64url: 43 characters. */
export const ShareToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "is not a share link");

/** "current" (not frozen) or a release name. */
export const ListPin = z.union([z.literal(CURRENT), ReleaseName]);

export const ListDetailsInput = z.object({
  title: text(200, "The title").min(1, "Give the list a title"),
  purpose: text(2000, "The purpose").default(""),
  buyer: text(200, "The buyer or organisation name").default(""),
  release: ListPin,
});
export type ListDetailsInput = z.infer<typeof ListDetailsInput>;

export const ItemInput = z.object({
  entryId: ListId,
  level: RequirementLevel,
  note: z.string().max(MAX_NOTE_LENGTH, `The note must be at most ${MAX_NOTE_LENGTH.toLocaleString("en")} characters`).default(""),
  orEquivalent: z.boolean(),
});

/** Entries a draft list from the browser may carry; slugs only, everything else is re-read. */
export const DraftItems = z.array(z.object({ slug: Slug })).max(MAX_LIST_ITEMS, `A list holds at most ${MAX_LIST_ITEMS} items`);

export type ListResult<T = object> = ({ ok: true } & T) | { ok: false; code: "conflict" | "invalid" | "full" | "not-found"; message: string };

// What a release is called and what publishing one needs; parsed once at every boundary.
import { z } from "zod";

/** "current" names the live catalogue in comparisons and list pins, so no release may take it. */
export const CURRENT = "current";
/** Names that are addresses under /releases or mean "now". */
const reservedNames = [CURRENT, "compare", "latest"];

export const ReleaseName = z
  .string()
  .trim()
  .min(1, "give the release a name, e.g. 2026.1")
  .max(40, "use at most 40 characters")
  .regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, "use letters, digits, dots, hyphens or underscores, starting with a letter or digit (e.g. 2026.1)")
  .refine((name) => !reservedNames.includes(name.toLowerCase()), `${reservedNames.join(", ")} are reserved (they are part of the portal's addresses); choose another name`);

export const PublishReleaseInput = z.object({
  name: ReleaseName,
  notes: z.string().trim().min(10, "write release notes of at least 10 characters").max(10_000, "keep release notes under 10,000 characters"),
});
export type PublishReleaseInput = z.infer<typeof PublishReleaseInput>;

/** A release name or "current", as comparisons and list pins take it. */
export const ReleaseRef = z.union([z.literal(CURRENT), ReleaseName]);

export type ReleaseSummary = {
  name: string;
  notes: string;
  publishedAt: string;
  publishedByName: string;
  entryCount: number;
};

export type PublishReleaseResult = { ok: true; name: string; entryCount: number } | { ok: false; code: "name-taken" | "empty"; message: string };

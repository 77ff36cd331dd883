// Turns a body's claim candidates into warnings for the ones nothing backs. Runs on the main
// thread for every entry, compiled or cached, so an import warns the same either way.
import type { ClaimCandidate } from "./claims";
import type { ContentProblem } from "./problems";

export type ClaimContext = {
  title: string;
  unverifiedFields: string[];
  identifier?: string;
  edition?: string;
  editionDate?: string;
  lifecycle?: { date?: string }[];
  regulation?: { title: string };
};

/**
 * Claims in the body that no field, flag or source backs. A token that also appears in the
 * entry's identifier, edition or dates is backed by that (sourced) field; a block with a link
 * or footnote cites its own source; "body" in unverifiedFields flags them all.
 */
export function unsourcedClaims(file: string, data: ClaimContext, claims: ClaimCandidate[], bodyLine: number): ContentProblem[] {
  if (data.unverifiedFields.includes("body")) return [];
  const backed = [data.title, data.identifier, data.edition, data.editionDate, data.regulation?.title, ...(data.lifecycle ?? []).map((l) => l.date)]
    .filter(Boolean)
    .join(" ");
  return claims
    .filter((c) => !c.sourced && !backed.includes(c.token.replace(/^since\s+/i, "").replace(/^[vV]/, "")))
    .map((c) => ({
      file,
      field: "body",
      line: c.line !== undefined ? c.line + bodyLine - 1 : undefined,
      message: `"${c.token}" looks like a specific claim (${c.kind}) with no source: cite one (link or footnote), back it with a field, or list "body" in unverifiedFields`,
    }));
}

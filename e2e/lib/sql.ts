// Read-only lookups in the e2e database for the matrix's fixtures (ids and versions the UI would
// have put in its forms).
import { e2eSql } from "../support/session";

export const sql = {
  entryId: (kind: string, slug: string) => (e2eSql().prepare(`SELECT id FROM "Entry" WHERE kind = ? AND slug = ?`).get(kind, slug) as { id: string }).id,
  version: (proposalId: string) => (e2eSql().prepare(`SELECT version FROM "Proposal" WHERE id = ?`).get(proposalId) as { version: number }).version,
  comments: (proposalId: string) => (e2eSql().prepare(`SELECT count(*) AS n FROM "ProposalComment" WHERE proposalId = ?`).get(proposalId) as { n: number }).n,
  userIdOf: (sessionToken: string) => (e2eSql().prepare(`SELECT userId FROM "Session" WHERE sessionToken = ?`).get(sessionToken) as { userId: string }).userId,
};

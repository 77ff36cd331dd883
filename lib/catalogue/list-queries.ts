import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hvdLabel, opennessLabel, scopeLabel, statusLabel, type EntryKind, type HvdCategory } from "./schema";
import type { Cell, ListRow } from "./dto";
import type { ListState } from "./list-params";
import { entryHref, parseJsonList } from "./links";
import { memoised } from "./memo";

const label = <T extends string>(map: Record<T, string>, key: string) => map[key as T] ?? key;

function whereFor(kind: EntryKind, state: ListState): Prisma.EntryWhereInput {
  const f = state.filters;
  // Archived entries are out of the catalogue: no lists, counts or search (their page says 410).
  const where: Prisma.EntryWhereInput = { kind, archivedAt: null };
  const and: Prisma.EntryWhereInput[] = [];
  if (f.mim) and.push({ mims: { some: { mimSlug: f.mim } } });
  if (f.bb) and.push({ buildingBlocks: { some: { buildingBlockSlug: f.bb } } });
  if (f.publisher) and.push({ specification: { publishers: { some: { organisationSlug: f.publisher } } } });
  if (f.status) and.push({ specification: { status: f.status } });
  if (f.scope) and.push({ specification: { scope: f.scope } });
  if (and.length) where.AND = and;
  return where;
}

/** Sort key for a cell: the text a reader sees, so sorting matches the page. */
function sortKey(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell.toLowerCase();
  if (Array.isArray(cell)) return cell.join(", ").toLowerCase();
  return cell.label.toLowerCase();
}

function sortRows(rows: ListRow[], state: ListState): ListRow[] {
  const dir = state.dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortKey(a.cells[state.sort] ?? null);
    const y = sortKey(b.cells[state.sort] ?? null);
    // Empty values go last in both directions: a missing date is not "oldest".
    if (x === "" && y !== "") return 1;
    if (y === "" && x !== "") return -1;
    return dir * x.localeCompare(y, "en", { numeric: true }) || sortKey(a.cells.title).localeCompare(sortKey(b.cells.title));
  });
}

/** Rows of one list page (all matching entries), sorted as the URL asks. */
export async function listEntries(kind: EntryKind, state: ListState): Promise<ListRow[]> {
  const rows = await memoised(`list:${kind}:${JSON.stringify(state.filters)}`, () => loadRows(kind, state));
  return sortRows(rows, state);
}

async function loadRows(kind: EntryKind, state: ListState): Promise<ListRow[]> {
  const rows = await db.entry.findMany({
    where: whereFor(kind, state),
    select: {
      id: true,
      slug: true,
      title: true,
      updatedAt: true,
      mims: { select: { mim: { select: { number: true } } } },
      buildingBlocks: { select: { buildingBlock: { select: { name: true } } } },
      domains: { select: { domain: { select: { name: true } } } },
      relationsFrom: { where: { type: "conforms-to" }, select: { to: { select: { title: true } } } },
      specification: {
        select: {
          identifier: true,
          edition: true,
          editionDate: true,
          status: true,
          statusDate: true,
          scope: true,
          openness: true,
          publishers: { orderBy: { position: "asc" }, select: { organisation: { select: { name: true, shortName: true } } } },
        },
      },
      dataset: { select: { hvdCategory: true, updateFrequency: true, typicalPublisher: true } },
      useCase: { select: { cities: true, maturity: true } },
    },
  });
  return rows.map((r): ListRow => {
    const cells: Record<string, Cell> = {
      title: { href: entryHref(kind, r.slug), label: r.title },
      mims: r.mims.map((m) => m.mim.number).sort((a, b) => a - b).map((n) => `MIM${n}`),
      buildingBlocks: r.buildingBlocks.map((b) => b.buildingBlock.name),
      domains: r.domains.map((d) => d.domain.name),
      updatedAt: r.updatedAt.toISOString().slice(0, 10),
    };
    const s = r.specification;
    if (s) {
      Object.assign(cells, {
        identifier: s.identifier,
        edition: s.edition,
        editionDate: s.editionDate,
        status: s.statusDate ? `${label(statusLabel, s.status)} · ${s.statusDate}` : label(statusLabel, s.status),
        scope: label(scopeLabel, s.scope),
        openness: label(opennessLabel, s.openness),
        publishers: s.publishers.map((p) => p.organisation.shortName ?? p.organisation.name),
      });
    }
    const d = r.dataset;
    if (d) {
      Object.assign(cells, {
        hvdCategory: label(hvdLabel, d.hvdCategory as HvdCategory),
        updateFrequency: d.updateFrequency,
        typicalPublisher: d.typicalPublisher,
        specifications: r.relationsFrom.map((x) => x.to.title).sort(),
      });
    }
    const u = r.useCase;
    if (u) Object.assign(cells, { cities: parseJsonList(u.cities), maturity: u.maturity });
    return { id: r.id, cells };
  });
}

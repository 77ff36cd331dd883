import "server-only";
import { db, type Db } from "@/lib/db";
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

/** Rows per list page. Sorting and paging happen in the database (decision 0017). */
export const LIST_PAGE_SIZE = 50;

type Order = Prisma.EntryOrderByWithRelationInput;

/** The database order for a list column; empty values go last in both directions. */
function orderFor(column: string, dir: "asc" | "desc"): Order {
  const nullable = { sort: dir, nulls: "last" } as const;
  const orders: Record<string, Order> = {
    title: { sortTitle: dir },
    updatedAt: { updatedAt: dir },
    identifier: { specification: { identifier: nullable } },
    publishers: { specification: { sortPublishers: nullable } },
    edition: { specification: { edition: nullable } },
    editionDate: { specification: { editionDate: nullable } },
    status: { specification: { status: dir } },
    scope: { specification: { scope: dir } },
    openness: { specification: { openness: dir } },
    hvdCategory: { dataset: { hvdCategory: dir } },
    updateFrequency: { dataset: { updateFrequency: dir } },
    typicalPublisher: { dataset: { typicalPublisher: dir } },
    cities: { useCase: { sortCities: nullable } },
    maturity: { useCase: { maturity: nullable } },
  };
  // list-params only lets sortable columns through; an unknown one is a bug, not user input.
  const order = orders[column];
  if (!order) throw new Error(`no database order for list column "${column}"`);
  return order;
}

/** The column's order, then title and id, so every page boundary is stable. */
const orderBy = (state: ListState): Order[] => [orderFor(state.sort, state.dir), { sortTitle: "asc" }, { id: "asc" }];

export type ListPage = { rows: ListRow[]; total: number; page: number; pageCount: number };

/** One page of a list, filtered, sorted and paged in the database as the URL asks. */
export async function listEntries(kind: EntryKind, state: ListState, database: Db = db): Promise<ListPage> {
  const key = `list:${kind}:${JSON.stringify([state.filters, state.sort, state.dir, state.page])}`;
  return memoised(key, async () => {
    const where = whereFor(kind, state);
    const [total, ids] = await Promise.all([
      database.entry.count({ where }),
      database.entry.findMany({ where, orderBy: orderBy(state), skip: (state.page - 1) * LIST_PAGE_SIZE, take: LIST_PAGE_SIZE, select: { id: true } }),
    ]);
    const rows = await loadRows(database, kind, ids.map((r) => r.id));
    return { rows, total, page: state.page, pageCount: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)) };
  }, database);
}

/** Every matching entry's id in list order (exports take the whole filtered list, not a page). */
export async function listEntryIds(kind: EntryKind, state: ListState, database: Db = db): Promise<string[]> {
  const rows = await database.entry.findMany({ where: whereFor(kind, state), orderBy: orderBy(state), select: { id: true } });
  return rows.map((r) => r.id);
}

/** The cells of the given entries, in the order of `ids`. */
async function loadRows(database: Db, kind: EntryKind, ids: string[]): Promise<ListRow[]> {
  const found = await database.entry.findMany({
    where: { id: { in: ids } },
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
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
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

import { hvdLabel, opennessLabel, scopeLabel, type HvdCategory, type Openness, type Scope } from "@/lib/catalogue/schema";
import type { DatasetDetail, EntryDetail, SpecificationDetail, UseCaseDetail } from "@/lib/catalogue/dto";
import { StatusBadge } from "./status-badge";
import { TagList } from "./tag-list";

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

// A condition that holds from a date ("applies since …") versus a one-off step ("published …").
const ongoing = new Set(["in-force", "applicable", "in-development"]);

const dated = (value: string | null, date: string | null) => (date ? `${value ?? ""} (${date})`.trim() : (value ?? "—"));

function SpecificationRows({ e }: { e: SpecificationDetail }) {
  return (
    <>
      <Row term="Identifier">{e.identifier ?? "—"}</Row>
      <Row term="Edition">{dated(e.edition, e.editionDate)}</Row>
      <Row term="Publisher">
        <TagList terms={e.publishers.map((p) => ({ slug: p.slug, name: p.shortName ? `${p.shortName} — ${p.name}` : p.name, href: p.href }))} />
      </Row>
      <Row term="Status">
        <StatusBadge status={e.status} />
        {e.statusDate ? <span> {ongoing.has(e.status) ? "since " : ""}{e.statusDate}</span> : null}
      </Row>
      <Row term="Maturity">{e.maturity}</Row>
      <Row term="Licence">{e.licence}</Row>
      <Row term="Openness">{opennessLabel[e.openness as Openness] ?? e.openness}</Row>
      <Row term="Scope">{scopeLabel[e.scope as Scope] ?? e.scope}</Row>
      <Row term="Official page">
        <a href={e.officialUrl} rel="external noopener noreferrer">
          {e.officialUrl.replace(/^https?:\/\//, "")}
        </a>
      </Row>
    </>
  );
}

function DatasetRows({ e }: { e: DatasetDetail }) {
  return (
    <>
      <Row term="HVD category">{hvdLabel[e.hvdCategory as HvdCategory] ?? e.hvdCategory}</Row>
      <Row term="Update frequency">{e.updateFrequency}</Row>
      <Row term="Typical publisher">{e.typicalPublisher}</Row>
      <Row term="Legal basis">
        {e.regulation ? (
          <a href={e.regulation.url} rel="external noopener noreferrer">
            {e.regulation.title}
          </a>
        ) : (
          "—"
        )}
      </Row>
    </>
  );
}

function UseCaseRows({ e }: { e: UseCaseDetail }) {
  return (
    <>
      <Row term="Cities and pilots">{e.cities.join("; ")}</Row>
      <Row term="Maturity">{e.maturity ?? "—"}</Row>
    </>
  );
}

export function EntryMeta({ entry }: { entry: EntryDetail }) {
  return (
    <dl className="meta">
      {entry.kind === "specification" && <SpecificationRows e={entry} />}
      {entry.kind === "dataset" && <DatasetRows e={entry} />}
      {entry.kind === "use-case" && <UseCaseRows e={entry} />}
      <Row term="MIMs">
        <TagList terms={entry.mims} />
      </Row>
      <Row term="Building blocks">
        <TagList terms={entry.buildingBlocks} />
      </Row>
      <Row term="Domains">
        <TagList terms={entry.domains} />
      </Row>
      <Row term="Last updated">{entry.updatedAt.slice(0, 10)}</Row>
    </dl>
  );
}

// The typed edges an entry's frontmatter declares, in one shape for all three kinds.
import type { EntryKind, RelationType } from "@/lib/catalogue/schema";
import type { EntryContent } from "@/lib/catalogue/entry-content";

export type DeclaredRelation = { type: RelationType; kind: EntryKind; slug: string };

export function relationsOf(e: EntryContent): DeclaredRelation[] {
  switch (e.kind) {
    case "specification":
      return e.data.relations.map((r) => ({ type: r.type, kind: "specification", slug: r.target }));
    case "dataset":
      return e.data.specifications.map((slug) => ({ type: "conforms-to", kind: "specification", slug }));
    case "use-case":
      return [
        ...e.data.datasets.map((slug) => ({ type: "uses" as const, kind: "dataset" as const, slug })),
        ...e.data.specifications.map((slug) => ({ type: "uses" as const, kind: "specification" as const, slug })),
      ];
  }
}

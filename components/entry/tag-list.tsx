import Link from "next/link";
import type { TaxonomyTerm } from "@/lib/catalogue/dto";

export function TagList({ terms, empty = "None" }: { terms: TaxonomyTerm[]; empty?: string }) {
  if (terms.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul className="tags">
      {terms.map((t) => (
        <li key={t.slug}>{t.href ? <Link href={t.href} className="tag">{t.name}</Link> : <span className="tag">{t.name}</span>}</li>
      ))}
    </ul>
  );
}

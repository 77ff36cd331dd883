import Link from "next/link";
import { kindLabel } from "@/lib/catalogue/schema";
import type { RelationGroup } from "@/lib/catalogue/dto";

export function RelationsPanel({ groups }: { groups: RelationGroup[] }) {
  return (
    <section className="panel" aria-labelledby="relations-heading">
      <h2 id="relations-heading">Related entries</h2>
      {groups.length === 0 ? (
        <p className="muted">No related entries recorded yet.</p>
      ) : (
        groups.map((g) => (
          <div key={`${g.direction}-${g.type}`}>
            <h3>{g.label}</h3>
            <ul>
              {g.entries.map((e) => (
                <li key={e.href}>
                  <Link href={e.href}>{e.title}</Link> <span className="muted">({kindLabel[e.kind]})</span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

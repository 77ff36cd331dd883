import Link from "next/link";
import type { BlockSummary } from "@/lib/catalogue/queries";

const count = (n: number) => `${n} ${n === 1 ? "specification" : "specifications"}`;

/** A grid of building blocks; `detailed` adds each block's summary under a heading. */
export function BlockCards({ blocks, detailed = false }: { blocks: BlockSummary[]; detailed?: boolean }) {
  return (
    <ul className="grid">
      {blocks.map((b) => (
        <li key={b.slug} className="card">
          {detailed ? (
            <h3>
              <Link href={b.href}>{b.name}</Link>
            </h3>
          ) : (
            <Link href={b.href}>{b.name}</Link>
          )}
          {detailed ? <p>{b.summary}</p> : null}
          <p className="muted">{count(b.specificationCount)}</p>
        </li>
      ))}
    </ul>
  );
}

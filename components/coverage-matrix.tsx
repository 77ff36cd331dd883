import Link from "next/link";
import type { Coverage } from "@/lib/catalogue/queries";

/** Building blocks down, MIMs across; each count links to the filtered specification list. */
export function CoverageMatrix({ coverage }: { coverage: Coverage }) {
  const { mims, pillars, counts, mapped } = coverage;
  return (
    <div className="table-wrap">
      <table className="data matrix">
        <caption className="visually-hidden">Number of specifications per building block and MIM</caption>
        <thead>
          <tr>
            <td />
            {mims.map((m) => (
              <th key={m.slug} scope="col" title={m.name}>
                <abbr title={m.name}>{m.label}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        {pillars.map((p) => (
          <tbody key={p.slug}>
            <tr>
              <th scope="colgroup" colSpan={mims.length + 1} style={{ textAlign: "left" }}>
                {p.name}
              </th>
            </tr>
            {p.blocks.map((b) => (
              <tr key={b.slug}>
                <th scope="row">
                  <Link href={`/building-blocks/${b.slug}`}>{b.name}</Link>
                </th>
                {mims.map((m) => {
                  const n = counts[m.slug]?.[b.slug] ?? 0;
                  const isMapped = mapped[m.slug]?.includes(b.slug) ?? false;
                  const classes = [n === 0 ? "gap" : "", isMapped ? "mapped" : ""].join(" ").trim() || undefined;
                  const label = `${n} ${n === 1 ? "specification" : "specifications"} for ${m.label} ${m.name} and ${b.name}${isMapped ? " (mapped pair)" : ""}`;
                  return (
                    <td key={m.slug} className={classes}>
                      {n > 0 ? (
                        <Link href={`/specifications?mim=${m.slug}&bb=${b.slug}`} aria-label={label}>
                          {n}
                        </Link>
                      ) : (
                        <span aria-label={label} role="img">
                          0
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

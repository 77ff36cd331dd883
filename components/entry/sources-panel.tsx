import type { SourceDto } from "@/lib/catalogue/dto";

/** Where the entry's facts come from; where sources differ, which fields each one backs. */
export function SourcesPanel({ sources, sourcePath }: { sources: SourceDto[]; sourcePath: string | null }) {
  return (
    <section className="panel" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="external noopener noreferrer">
              {s.url.replace(/^https?:\/\//, "")}
            </a>
            {s.fields.length > 0 ? <span className="muted"> — supports: {s.fields.join(", ")}</span> : null}
          </li>
        ))}
      </ul>
      {sourcePath ? <p className="muted">Content file: content/{sourcePath}</p> : null}
    </section>
  );
}

export function SourcesPanel({ sources, sourcePath }: { sources: string[]; sourcePath: string | null }) {
  return (
    <section className="panel" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ul>
        {sources.map((s) => (
          <li key={s}>
            <a href={s} rel="external noopener">
              {s.replace(/^https?:\/\//, "")}
            </a>
          </li>
        ))}
      </ul>
      {sourcePath ? <p className="muted">Content file: content/{sourcePath}</p> : null}
    </section>
  );
}

// Both versions of the body as the entry page would render them, side by side.
import { MdxBody } from "@/components/mdx/mdx-body";
import type { BodyPreview } from "@/lib/proposals/preview";

function Rendered({ preview }: { preview: BodyPreview | null }) {
  if (!preview) return <p className="muted">No published version: this is a new entry.</p>;
  if (!preview.ok) {
    return (
      <div className="notice" role="note">
        <p>This text cannot be shown yet:</p>
        <ul>
          {preview.problems.map((p, i) => (
            <li key={i}>
              line {p.line}: {p.message}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="prose">
      <MdxBody tree={preview.tree} references={preview.references} />
    </div>
  );
}

export function RenderedVersions({ before, after }: { before: BodyPreview | null; after: BodyPreview }) {
  return (
    <section aria-labelledby="rendered-heading">
      <h2 id="rendered-heading">How the description will look</h2>
      <div className="rendered-versions">
        <div>
          <h3>Published now</h3>
          <Rendered preview={before} />
        </div>
        <div>
          <h3>As proposed</h3>
          <Rendered preview={after} />
        </div>
      </div>
    </section>
  );
}

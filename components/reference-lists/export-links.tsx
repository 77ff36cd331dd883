// Download links for every export format of a list (or of a filtered specification list).
import { exportFormats } from "@/lib/exports";

export function ExportLinks({ base, query = "", heading = "Export" }: { base: string; query?: string; heading?: string }) {
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{heading}</h2>
      <ul className="export-links">
        {exportFormats.map((f) => (
          <li key={f.format}>
            <a href={`${base}/${f.format}${query}`} download>
              {f.label}
            </a>{" "}
            <span className="muted">{f.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

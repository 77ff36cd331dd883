// /api-docs: the reference of the open API, rendered on the server from the same OpenAPI
// document /api/v1/openapi.json serves (lib/api/reference.ts reshapes it). No client script and
// no third-party request; docs/decisions/0012-open-api.md says why not a bundled renderer.
import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { buildReference } from "@/lib/api/reference";
import styles from "./api-docs.module.css";
import { Markdown } from "./_components/markdown";
import { OperationSection } from "./_components/operation";
import { ParameterTable } from "./_components/parameters";
import { SchemaSection } from "./_components/schema";

export const metadata: Metadata = {
  title: "API reference",
  description: "The open, read-only REST API of the DS4SSCC Catalogue of Specifications: endpoints, parameters, answers and errors.",
};

const example = `curl -i 'https://catalogue.example/api/v1/specifications?mim=mim1&sort=title&limit=20'
# → 200, ETag: "…", Link: </api/v1/specifications?mim=mim1&sort=title&limit=20&cursor=…>; rel="next"

curl -i -H 'If-None-Match: "…"' 'https://catalogue.example/api/v1/specifications/ngsi-ld'
# → 304 Not Modified while the catalogue has not changed`;

export default function ApiDocsPage() {
  const reference = buildReference();
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "API reference" }]} />
      <h1>API reference</h1>
      <p className="lead">
        {reference.title}, version {reference.version}. The machine-readable description is{" "}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
      </p>
      <Markdown text={reference.description} />
      <h2 id="example">Example</h2>
      <div role="region" aria-label="Example requests" tabIndex={0} className={styles.example}>
        <pre>
          <code>{example}</code>
        </pre>
      </div>
      <nav className={styles.toc} aria-labelledby="contents">
        <h2 id="contents">Contents</h2>
        <ol>
          {reference.groups.map((g) => (
            <li key={g.id}>
              <a href={`#${g.id}`}>{g.tag}</a>
            </li>
          ))}
          <li>
            <a href="#list-parameters">List parameters</a>
          </li>
          <li>
            <a href="#problems">Problems</a>
          </li>
          <li>
            <a href="#schemas">Schemas</a>
          </li>
        </ol>
      </nav>
      {reference.groups.map((g) => (
        <section key={g.id} aria-labelledby={g.id}>
          <h2 id={g.id}>{g.tag}</h2>
          {g.operations.map((op) => (
            <OperationSection key={op.id} operation={op} />
          ))}
        </section>
      ))}
      <section aria-labelledby="list-parameters">
        <h2 id="list-parameters">List parameters</h2>
        <p>
          Every entry list (specifications, datasets, use cases) takes these, with the meaning they have on the portal&apos;s search
          page. A facet may be repeated or comma-separated; anything else unknown is refused with a 400.
        </p>
        <ParameterTable caption="Parameters of every entry list" parameters={reference.listParameters} />
      </section>
      <section aria-labelledby="problems">
        <h2 id="problems">Problems</h2>
        <p>
          Every error is an RFC 9457 problem (<code>application/problem+json</code>) whose <code>type</code> points at one of these
          sections. A 500 carries only a <code>reference</code> to quote when reporting it.
        </p>
        {reference.problems.map((p) => (
          <section key={p.id} aria-labelledby={p.id}>
            <h3 id={p.id}>
              {p.status}: {p.title}
            </h3>
            <p>{p.meaning}</p>
          </section>
        ))}
      </section>
      <section aria-labelledby="schemas">
        <h2 id="schemas">Schemas</h2>
        {reference.schemas.map((s) => (
          <SchemaSection key={s.name} schema={s} />
        ))}
      </section>
    </>
  );
}

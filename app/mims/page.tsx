import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { listMims } from "@/lib/catalogue/queries";

export const metadata: Metadata = { title: "Minimal Interoperability Mechanisms" };

export default async function MimsPage() {
  const mims = await listMims();
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "MIMs" }]} />
      <h1>Minimal Interoperability Mechanisms</h1>
      <p className="lead">
        OASC&apos;s MIMs Plus are the minimal, shared mechanisms that let city solutions work together and be replaced.
        Each MIM lists the specifications that realise it.
      </p>
      <ul className="grid">
        {mims.map((m) => (
          <li key={m.slug} className="card">
            <h2 style={{ marginTop: 0, fontSize: "1.15rem" }}>
              <Link href={m.href}>
                MIM{m.number} {m.name}
              </Link>
            </h2>
            <p>{m.summary}</p>
            {m.note ? <p className="muted">{m.note}</p> : null}
            <p className="muted">
              {m.specificationCount} {m.specificationCount === 1 ? "specification" : "specifications"}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

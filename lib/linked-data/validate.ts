// DCAT-AP 3.0.1 validation: SEMIC's SHACL shapes and range shapes (copied unchanged into
// ./shacl, CC BY 4.0) against a graph, with each result made readable. Used by the unit tests
// and by `npm run dcat:validate`; never by the app, so its packages are dev dependencies.
import fs from "node:fs";
import path from "node:path";
import { Parser } from "n3";
import rdf from "@zazuko/env-node";
import SHACLValidator from "rdf-validate-shacl";
import type { Quad, Term } from "@rdfjs/types";

const shapeFiles = ["dcat-ap-3.0.1-SHACL.ttl", "dcat-ap-3.0.1-ranges.ttl"];
const shapesDir = path.resolve("lib/linked-data/shacl");
const SH = "http://www.w3.org/ns/shacl#";

export type ShaclResult = { severity: "Violation" | "Warning" | "Info"; focusNode: string; path: string | null; message: string; value: string | null };

let validator: SHACLValidator | null = null;

function loadValidator(): SHACLValidator {
  if (validator) return validator;
  const shapes = rdf.dataset();
  for (const file of shapeFiles) {
    for (const q of new Parser().parse(fs.readFileSync(path.join(shapesDir, file), "utf8"))) shapes.add(q);
  }
  validator = new SHACLValidator(shapes, { factory: rdf });
  return validator;
}

const show = (term: Term | null | undefined) => (term ? (term.termType === "Literal" ? JSON.stringify(term.value) : term.value) : null);

/** Every SHACL result for `quads`, violations first. */
export async function validateDcatAp(quads: Quad[]): Promise<ShaclResult[]> {
  const data = rdf.dataset();
  for (const q of quads) data.add(q);
  const report = await loadValidator().validate(data);
  const results = report.results.map((r) => ({
    severity: (r.severity?.value.replace(SH, "") ?? "Violation") as ShaclResult["severity"],
    focusNode: show(r.focusNode) ?? "(unknown)",
    path: show(r.path),
    message: r.message.map((m) => m.value).join("; ") || (r.sourceConstraintComponent?.value.replace(SH, "") ?? "constraint not met"),
    value: show(r.value),
  }));
  return results.sort((a, b) => Number(b.severity === "Violation") - Number(a.severity === "Violation"));
}

/** One line per result: severity, focus node, path, message (and the offending value). */
export function formatResult(r: ShaclResult): string {
  return `${r.severity}: ${r.focusNode}${r.path ? ` ${r.path}` : ""}: ${r.message}${r.value ? ` (value ${r.value})` : ""}`;
}

// npm run dcat:validate [-- --url https://portal.example.org] — fetches the running portal's
// /catalogue.ttl (SITE_URL unless --url is given) and validates it against SEMIC's DCAT-AP 3.0.1
// SHACL and range shapes (lib/linked-data/shacl). Prints each result (focus node, path,
// message); exits 1 on any sh:Violation, 2 when the catalogue cannot be fetched or parsed.
import { Parser } from "n3";
import { z } from "zod";
import { env } from "@/env";
import { formatResult, validateDcatAp } from "@/lib/linked-data/validate";

const Args = z.object({ url: z.url("--url must be the portal's base URL, e.g. https://portal.example.org").default(env.SITE_URL) });

function parseArgs(argv: string[]) {
  const at = argv.indexOf("--url");
  const url = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith("--url="))?.slice("--url=".length);
  const parsed = Args.safeParse({ url });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data;
}

async function main() {
  const { url } = parseArgs(process.argv.slice(2));
  const source = new URL("/catalogue.ttl", url).href;
  console.log(`Fetching ${source}`);
  const response = await fetch(source, { headers: { Accept: "text/turtle" } });
  if (!response.ok) throw new Error(`${source} answered ${response.status} ${response.statusText}`);
  const quads = new Parser({ format: "text/turtle", baseIRI: source }).parse(await response.text());
  console.log(`Validating ${quads.length} triples against DCAT-AP 3.0.1 (SHACL + ranges)…`);
  const results = await validateDcatAp(quads);
  for (const r of results) console.log(`  ${formatResult(r)}`);
  const violations = results.filter((r) => r.severity === "Violation").length;
  console.log(`${violations} violation(s), ${results.length - violations} warning(s) or info(s).`);
  console.log(violations === 0 ? "The catalogue conforms to DCAT-AP 3.0.1." : "The catalogue does NOT conform to DCAT-AP 3.0.1.");
  if (violations > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`dcat:validate failed: ${(error as Error).message}`);
  process.exitCode = 2;
});

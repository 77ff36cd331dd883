// npm run dumps:generate — write a fresh set of the current bulk dumps (JSON, CSV per kind,
// Turtle and N-Triples) from the database and swap it in; the running server does the same by
// itself after approved changes (lib/dumps/worker.ts).
// npm run dumps:generate -- --release <name> — write a published release's dumps if it has none
// yet (publishing does this; this is for a release whose dumps failed to write).
// npm run dumps:generate -- --write-schema — regenerate public/schemas/catalogue-dump-v1.schema.json
// after a change to the dump's zod schema (lib/dumps/schema.ts).
import fs from "node:fs";
import path from "node:path";
import { env } from "@/env";
import { createDb } from "@/lib/db";
import { generateCurrentDumps, generateReleaseDumps } from "@/lib/dumps/generate";
import { loadReleaseRevisions } from "@/lib/dumps/release-revisions";
import type { DumpManifest } from "@/lib/dumps/schema";
import { catalogueGraphForDumps } from "@/lib/dumps/catalogue-graph";
import { defaultDumpsRoot } from "@/lib/dumps/layout";
import { catalogueDumpJsonSchemaText, dumpJsonSchemaFile } from "@/lib/dumps/json-schema";

async function main() {
  if (process.argv.includes("--write-schema")) {
    fs.mkdirSync(path.dirname(dumpJsonSchemaFile), { recursive: true });
    fs.writeFileSync(dumpJsonSchemaFile, catalogueDumpJsonSchemaText());
    console.log(`› Wrote ${dumpJsonSchemaFile}`);
    return;
  }
  const db = createDb();
  try {
    const started = performance.now();
    const root = defaultDumpsRoot();
    const release = process.argv.indexOf("--release");
    let manifest: DumpManifest;
    let where: string;
    if (release >= 0) {
      const name = process.argv[release + 1] ?? "";
      const pinned = await loadReleaseRevisions(db, name);
      if (!pinned) throw new Error(`no release is called "${name}"`);
      manifest = await generateReleaseDumps(name, pinned, { root });
      where = `releases/${name}`;
    } else {
      manifest = await generateCurrentDumps({ db, database: env.database, quads: catalogueGraphForDumps(db), root });
      where = "current";
    }
    console.log(`› Dumps of ${manifest.entryCount} entries in ${path.relative(process.cwd(), root)}/${where} (${Math.round(performance.now() - started)} ms):`);
    for (const f of manifest.files) console.log(`  ${f.file.padEnd(22)} ${String(f.bytes).padStart(10)} bytes  sha256 ${f.sha256}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(`dumps:generate failed: ${(error as Error).message}`);
  process.exit(1);
});

// npm run content:import [-- --check | --full] [--warnings]
// Validates every file under content/ and loads the catalogue; on any problem it lists them
// all and leaves the database untouched. --full ignores the file cache and re-projects every
// search document (after a change to the pipeline or the projection). Long runs show progress:
// a bar on a terminal, a line every tenth of the way otherwise.
import { env } from "@/env";
import { createDb } from "@/lib/db";
import { importContent } from "@/lib/content/run-import";
import { formatProblem } from "@/lib/content/problems";
import { progressReporter } from "@/lib/content/progress";

async function main() {
  const checkOnly = process.argv.includes("--check");
  const full = process.argv.includes("--full");
  const db = createDb();
  const started = performance.now();
  try {
    const outcome = await importContent(db, env.contentDir, { checkOnly, full, onProgress: progressReporter(process.stdout) });
    if (outcome.warnings.length > 0) {
      const files = new Set(outcome.warnings.map((w) => w.file)).size;
      console.warn(`${outcome.warnings.length} warning(s) in ${files} file(s): claims with no source or flag.`);
      // Warnings are for editors: an import on start-up only says how many there are.
      if (checkOnly || process.argv.includes("--warnings")) for (const w of outcome.warnings) console.warn(`  warning  ${formatProblem(w)}`);
    }
    if (!outcome.ok) {
      const files = new Set(outcome.problems.map((p) => p.file)).size;
      console.error(`Content is invalid: ${outcome.problems.length} problem(s) in ${files} file(s).`);
      for (const p of outcome.problems) console.error(`  ${formatProblem(p)}`);
      console.error(checkOnly ? "Nothing was imported." : "Import aborted; the database was not changed.");
      process.exitCode = 1;
      return;
    }
    const s = outcome.summary;
    const ms = Math.round(performance.now() - started);
    const { compiled, cached, workers } = outcome.stats;
    const work = `${compiled} file(s) compiled${workers > 0 ? ` on ${workers} workers` : ""}, ${cached} unchanged file(s) skipped`;
    console.log(
      checkOnly
        ? `Content is valid: ${outcome.entries} entries (${ms} ms).`
        : `Imported ${outcome.entries} entries: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.conflicts.length} conflict(s); ${s.searchChanges} search document(s) queued (${work}; ${ms} ms).`,
    );
    if (s.notInContent > 0) console.log(`${s.notInContent} entr${s.notInContent === 1 ? "y has" : "ies have"} no file in content/ (created in the portal or removed from content/): kept.`);
    // A conflict never fails the import: the portal's edit wins until someone resolves it.
    for (const c of s.conflicts) {
      console.warn(
        `  conflict  content/${c.file}: changed since it was imported, but ${c.kind} "${c.slug}" was edited in the portal (now revision ${c.portalRevision}; the file was imported as revision ${c.importedRevision ?? "?"}). The entry was left alone; run npm run content:export to write the portal's version back, or propose the file's change in the portal.`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(`Import failed: ${(error as Error).message}`);
  process.exitCode = 1;
});

// npm run content:export: writes the catalogue as it is in the database back to content/, so
// portal edits can be reviewed and versioned as files. Importing the result changes nothing.
import { env } from "@/env";
import { createDb } from "@/lib/db";
import { exportCatalogue } from "@/lib/content/export";

async function main() {
  const db = createDb();
  try {
    const s = await exportCatalogue(db, env.contentDir);
    for (const file of s.written) console.log(`  wrote  content/${file}`);
    console.log(`Exported: ${s.written.length} file(s) written, ${s.unchanged} already up to date, ${s.archivedSkipped.length} archived entr${s.archivedSkipped.length === 1 ? "y" : "ies"} skipped.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(`Export failed: ${(error as Error).message}`);
  process.exitCode = 1;
});

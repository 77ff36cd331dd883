// Prints the catalogue's published-state fingerprint (lib/catalogue/version.ts) for npm start.
import { createDb } from "@/lib/db";
import { catalogueStateVersion } from "@/lib/catalogue/version";

const db = createDb();
catalogueStateVersion(db)
  .then((version) => process.stdout.write(version))
  .finally(() => db.$disconnect());

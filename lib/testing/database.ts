// A real SQLite database migrated from scratch with the project's own migrations, one per
// test file, deleted afterwards. (Test helper; never imported by the app.)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/db";

export type TestDatabase = { db: Db; path: string; dispose: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-test-"));
  const file = path.join(dir, "test.db");
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: "pipe",
  });
  const db = createDb(file);
  return {
    db,
    path: file,
    dispose: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Copies the real content tree to a temp folder that a test may break at will. */
export function copyContent(): { root: string; write: (rel: string, text: string) => void; read: (rel: string) => string; remove: (rel: string) => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-content-"));
  fs.cpSync(path.resolve("content"), root, { recursive: true });
  return {
    root,
    write: (rel, text) => fs.writeFileSync(path.join(root, rel), text),
    read: (rel) => fs.readFileSync(path.join(root, rel), "utf8"),
    remove: (rel) => fs.rmSync(path.join(root, rel)),
  };
}

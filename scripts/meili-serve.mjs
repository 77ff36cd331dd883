// node scripts/meili-serve.mjs [dataDir] [port] — run the local Meilisearch on its own, in the
// foreground, until interrupted (used by the resilience test to bring it back).
import path from "node:path";
import { startMeili } from "./lib/meili.mjs";

const dataDir = path.resolve(process.argv[2] ?? "data/meili");
const port = Number(process.argv[3] ?? 7700);
const meili = await startMeili({ dataDir, port, exactPort: true });
console.log(`Meilisearch ready at ${meili.host}`);
meili.child.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => meili.stop().then(() => process.exit(0)));

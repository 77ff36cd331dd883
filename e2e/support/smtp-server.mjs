// A real SMTP server (smtp-server) on loopback for the end-to-end tests, started by
// playwright.config.ts. Every message it receives is kept as <n>.eml (the raw message) with
// <n>.json beside it (envelope recipients and the file name), written atomically, in a folder
// emptied at start; e2e/support/mailbox.ts reads them.
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

const port = Number(process.env.E2E_SMTP_PORT);
const dir = path.resolve(process.env.E2E_SMTP_DIR);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
let count = 0;

function writeAtomically(file, content) {
  fs.writeFileSync(`${file}.tmp`, content);
  fs.renameSync(`${file}.tmp`, file);
}

const server = new SMTPServer({
  // Plain SMTP on loopback: no TLS to negotiate and no login, like a local relay.
  authOptional: true,
  disabledCommands: ["AUTH", "STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.on("end", () => {
      const name = `${Date.now()}-${String(++count).padStart(5, "0")}`;
      writeAtomically(path.join(dir, `${name}.eml`), Buffer.concat(chunks));
      const envelope = { to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), file: `${name}.eml`, receivedAt: new Date().toISOString() };
      writeAtomically(path.join(dir, `${name}.json`), JSON.stringify(envelope));
      callback();
    });
  },
});

server.listen(port, "127.0.0.1", () => console.log(`SMTP server listening on 127.0.0.1:${port}, saving to ${dir}`));
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

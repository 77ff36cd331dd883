// Reads what the e2e SMTP server (smtp-server.mjs) received, for the tests: messages for one
// recipient, newest last, and the sign-in link inside one.
import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { e2eMail } from "../../playwright.config";

export type ReceivedMail = { to: string[]; raw: string; receivedAt: string };

/** Every message received for `address`, oldest first. */
export function messagesFor(address: string): ReceivedMail[] {
  if (!fs.existsSync(e2eMail.dir)) return [];
  return fs
    .readdirSync(e2eMail.dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(e2eMail.dir, name), "utf8")) as { to: string[]; file: string; receivedAt: string })
    .filter((envelope) => envelope.to.includes(address.toLowerCase()))
    .map((envelope) => ({ to: envelope.to, receivedAt: envelope.receivedAt, raw: fs.readFileSync(path.join(e2eMail.dir, envelope.file), "utf8") }));
}

/** Quoted-printable (RFC 2045) decoding: soft line breaks and =XX bytes. */
function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/** The sign-in link in a message (its text part comes first). */
export function signInLink(mail: ReceivedMail): string {
  const link = /https?:\/\/[^\s"<>]+\/api\/auth\/callback\/nodemailer\?[^\s"<>]+/.exec(decodeQuotedPrintable(mail.raw))?.[0];
  if (!link) throw new Error(`no sign-in link in the message to ${mail.to.join(", ")}`);
  return link;
}

/** Waits until `count` messages for `address` have arrived and returns the newest. */
export async function waitForMessage(address: string, count = 1): Promise<ReceivedMail> {
  await expect.poll(() => messagesFor(address).length, { message: `mail for ${address}`, timeout: 10_000 }).toBeGreaterThanOrEqual(count);
  return messagesFor(address).at(-1)!;
}

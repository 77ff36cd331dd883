// Where mail goes: an SMTP server (SMTP_URL), or, with none configured, .eml files in MAIL_DIR.
// The file mode builds the real RFC 822 message with nodemailer's stream transport, so what is
// stored is byte for byte what an SMTP server would have received; any mail client opens it.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";

export type Envelope = { from: string; to: string; subject: string; text: string; html?: string };
export type Delivery = { delivery: "smtp"; messageId: string } | { delivery: "file"; messageId: string; file: string };
export type MailTransport = { mode: "smtp" | "file"; send: (message: Envelope) => Promise<Delivery> };

/** Sends through the SMTP server at `smtpUrl` (smtp:// or smtps://, credentials in the URL). */
export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    mode: "smtp",
    async send(message) {
      const info = await transporter.sendMail(message);
      const refused = [...(info.rejected ?? []), ...(info.pending ?? [])];
      if (refused.length > 0) throw new Error(`the mail server refused ${refused.length} recipient(s)`);
      return { delivery: "smtp", messageId: info.messageId };
    },
  };
}

/** Writes each message to `dir` as `<time>-<random>.eml` (mode 0600: it may hold sign-in links). */
export function fileTransport(dir: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    mode: "file",
    async send(message) {
      const info = await transporter.sendMail(message);
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const file = path.join(dir, `${stamp}-${randomBytes(4).toString("hex")}.eml`);
      fs.writeFileSync(file, info.message as Buffer, { mode: 0o600, flag: "wx" });
      return { delivery: "file", messageId: info.messageId, file };
    },
  };
}

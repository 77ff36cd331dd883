import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailSender } from "./send";

// A real SMTP server on loopback that keeps what it receives.
const received: { to: string[]; raw: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["AUTH", "STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
      callback();
    });
  },
});
let port = 0;
const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-mail-"));
const from = "DS4SSCC Catalogue <no-reply@catalogue.example.org>";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(mailDir, { recursive: true, force: true });
});

const message = { to: "reader@example.org", subject: "A decision on your proposal", text: `Approved.\nSee http://localhost:3000/proposals/${"x".repeat(90)}` };

describe("sendMail", () => {
  it("delivers through SMTP_URL", async () => {
    const sender = createMailSender({ smtpUrl: `smtp://127.0.0.1:${port}`, mailDir, from });
    const result = await sender.send(message);
    expect(result.delivery).toBe("smtp");
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(["reader@example.org"]);
    expect(received[0].raw).toMatch(/^Subject: A decision on your proposal\r?$/m);
    expect(received[0].raw).toMatch(/^From: DS4SSCC Catalogue <no-reply@catalogue\.example\.org>\r?$/m);
    expect(fs.readdirSync(mailDir)).toEqual([]);
  });

  it("without SMTP_URL keeps a real RFC 822 message as a private .eml file", async () => {
    const sender = createMailSender({ mailDir: path.join(mailDir, "inbox"), from });
    const result = await sender.send({ ...message, html: "<p>Approved.</p>" });
    if (result.delivery !== "file") throw new Error("expected file delivery");
    expect(path.dirname(result.file)).toBe(path.join(mailDir, "inbox"));
    expect(result.file.endsWith(".eml")).toBe(true);
    expect(fs.statSync(result.file).mode & 0o777).toBe(0o600);
    const raw = fs.readFileSync(result.file, "utf8");
    expect(raw).toMatch(/^To: reader@example\.org$/m);
    expect(raw).toMatch(/^Message-ID: <.+>$/m);
    expect(raw).toMatch(/^Content-Type: multipart\/alternative;/m);
    expect(raw).toContain("<p>Approved.</p>");
  });

  it("refuses a bad address or a subject that would add a header, sending nothing", async () => {
    const sender = createMailSender({ smtpUrl: `smtp://127.0.0.1:${port}`, mailDir, from });
    const before = received.length;
    await expect(sender.send({ ...message, to: "not-an-address" })).rejects.toThrow(/e-mail address/);
    await expect(sender.send({ ...message, subject: "Hi\r\nBcc: victim@example.org" })).rejects.toThrow(/one line/);
    expect(received).toHaveLength(before);
  });

  it("fails loudly when the SMTP server is not there", async () => {
    const sender = createMailSender({ smtpUrl: "smtp://127.0.0.1:1", mailDir, from });
    await expect(sender.send(message)).rejects.toThrow();
  });
});

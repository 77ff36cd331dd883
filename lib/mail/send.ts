// The portal's one way to send mail: sign-in links, and the proposals feature's decision and
// comment notices. With SMTP_URL it goes to that server; without, each message is kept as an
// .eml file under MAIL_DIR (the embedded default of `npm start`). This module never prints a
// message or a link: only the sign-in flow prints its link, and only in file mode.
import { z } from "zod";
import { env } from "@/env";
import { fileTransport, smtpTransport, type Delivery, type MailTransport } from "./transport";

// A subject with a line break could inject headers; nodemailer folds them anyway, but refuse.
const mailMessageSchema = z.object({
  to: z.email("must be an e-mail address"),
  subject: z.string().trim().min(1).max(200).regex(/^[^\r\n]*$/, "must be one line"),
  text: z.string().min(1).max(100_000),
  html: z.string().max(200_000).optional(),
});

export type MailMessage = z.input<typeof mailMessageSchema>;
export type { Delivery };

export type MailSenderOptions = { smtpUrl?: string; mailDir: string; from: string };

/** A sender for the given configuration (tests build their own; the app uses `sendMail`). */
export function createMailSender(options: MailSenderOptions) {
  const transport: MailTransport = options.smtpUrl ? smtpTransport(options.smtpUrl) : fileTransport(options.mailDir);
  return {
    mode: transport.mode,
    /** Validates and sends one message; rejects when it could not be delivered or stored. */
    async send(message: MailMessage): Promise<Delivery> {
      const { to, subject, text, html } = mailMessageSchema.parse(message);
      return transport.send({ from: options.from, to, subject, text, ...(html === undefined ? {} : { html }) });
    },
  };
}

let sender: ReturnType<typeof createMailSender> | undefined;
const configured = () => (sender ??= createMailSender({ smtpUrl: env.SMTP_URL, mailDir: env.mailDir, from: env.mailFrom }));

/** Sends one message through the configured SMTP server, or stores it under MAIL_DIR. */
export function sendMail(message: MailMessage): Promise<Delivery> {
  return configured().send(message);
}

/** "smtp" when SMTP_URL is set, "file" when messages are kept under MAIL_DIR. */
export function mailMode(): "smtp" | "file" {
  return env.SMTP_URL ? "smtp" : "file";
}

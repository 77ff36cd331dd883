// The sign-in e-mail. It goes through lib/mail like every other message; when no SMTP server is
// configured (the embedded default), the message is kept as an .eml file and the link is also
// printed on the server console, the one place the portal ever prints a secret: it is how a
// local `npm start` lets you sign in with no mail server at all (README, "Signing in").
import path from "node:path";
import { mailMode, sendMail } from "@/lib/mail/send";

export const signInLinkMinutes = 60;

export type SignInLinkRequest = { identifier: string; url: string; expires: Date };

/** Sends (or stores) the sign-in link for `identifier`. */
export async function sendSignInLink({ identifier, url, expires }: SignInLinkRequest): Promise<void> {
  const until = `${expires.toISOString().slice(11, 16)} UTC`;
  const text = [
    "Hello,",
    "",
    "Someone, hopefully you, asked to sign in to the DS4SSCC Catalogue of Specifications with this address.",
    "Open this link to sign in:",
    "",
    url,
    "",
    `The link works once, until ${until}. If you did not ask for it, ignore this message: nothing happens without the link.`,
    "",
    "DS4SSCC Catalogue of Specifications",
  ].join("\n");
  const escapedUrl = url.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const html = `<p>Hello,</p><p>Someone, hopefully you, asked to sign in to the DS4SSCC Catalogue of Specifications with this address.</p><p><a href="${escapedUrl}">Sign in to the DS4SSCC Catalogue</a></p><p>The link works once, until ${until}. If you did not ask for it, ignore this message: nothing happens without the link.</p>`;
  const delivery = await sendMail({ to: identifier, subject: "Your sign-in link for the DS4SSCC Catalogue", text, html });
  if (delivery.delivery === "file" && mailMode() === "file") {
    console.log(`› Sign-in link for ${identifier} (no SMTP_URL; message saved as ${path.relative(process.cwd(), delivery.file)}):\n  ${url}`);
  }
}

// E-mail addresses as identities: one normal form everywhere (Auth.js's sign-in, OpenID
// profiles, users:grant), so that "Alice@Example.org" and "alice@example.org" are one user.
import { z } from "zod";

/** NFKC (folds look-alike characters such as a full-width @), trimmed, lower case. */
export function normalizeEmail(value: string): string {
  return value.normalize("NFKC").trim().toLowerCase();
}

export const emailAddressSchema = z
  .string({ error: "Enter your e-mail address." })
  .transform(normalizeEmail)
  .pipe(
    z
      .email("Enter an e-mail address in the form name@example.org.")
      .max(254, "An e-mail address has at most 254 characters.")
      // Quotes and a second @ are legal in RFC 5322 but let address parsers disagree on
      // where the mail goes; Auth.js refuses them too.
      .refine((email) => !email.includes('"') && email.split("@").length === 2, "Enter an e-mail address in the form name@example.org."),
  );

/** Auth.js's normalizeIdentifier: throws on an address we would not accept. */
export function normalizeEmailIdentifier(identifier: string): string {
  const parsed = emailAddressSchema.safeParse(identifier);
  if (!parsed.success) throw new Error("Invalid e-mail address.");
  return parsed.data;
}

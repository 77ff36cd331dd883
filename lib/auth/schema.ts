// What the account forms send, parsed once at the boundary (server actions and the sign-in route).
import { z } from "zod";
import { emailAddressSchema } from "./email";

/** Profile form: a display name (empty = none) and the notification opt-out. */
export const profileSchema = z.object({
  name: z
    .string()
    .trim()
    .max(100, "A name has at most 100 characters.")
    .regex(/^[^\u0000-\u001f\u007f<>]*$/, "A name cannot contain angle brackets or control characters.")
    .transform((name) => (name === "" ? null : name)),
  // An unticked checkbox is simply absent from the form.
  emailNotifications: z.literal("on").optional().transform((value) => value === "on"),
});
export type ProfileInput = z.input<typeof profileSchema>;

/** Account deletion: the person types their own address to confirm. */
export const deleteAccountSchema = z.object({
  confirmEmail: z.string({ error: "Type your e-mail address to confirm." }).transform((value) => value.normalize("NFKC").trim().toLowerCase()),
});

/** The e-mail sign-in form as posted to Auth.js (csrfToken is Auth.js's own check). */
export const emailSignInSchema = z.object({
  email: emailAddressSchema,
  callbackUrl: z.string().max(2000).optional(),
});

/** The OpenID Connect button's form. */
export const oidcSignInSchema = z.object({ callbackUrl: z.string().max(2000).optional() });

/** Outcome of a form handled with useActionState. */
export type FormState = { status: "idle" | "saved" | "error"; message?: string; fieldErrors?: Record<string, string> };

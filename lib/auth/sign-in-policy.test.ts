import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { signInDecision } from "./sign-in-policy";
import { createUser } from "./testing/users";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.dispose();
});

describe("who may finish signing in", () => {
  it("lets anyone ask for a link and use it, but no deactivated user", async () => {
    expect(await signInDecision(t.db, { provider: "nodemailer", email: "new@example.org", verificationRequest: true })).toBe(true);
    const gone = await createUser(t.db, { deactivated: true, email: "gone@example.org" });
    // Asking: the usual "check your e-mail" page, but no mail (nothing tells the account apart).
    expect(await signInDecision(t.db, { provider: "nodemailer", email: "Gone@Example.org", verificationRequest: true })).toBe("/account/check-email");
    expect(await signInDecision(t.db, { provider: "nodemailer", email: gone.email })).toBe(false);
  });

  it("needs an OpenID address that is not marked unverified", async () => {
    const oidc = (claims: unknown) => signInDecision(t.db, { provider: "oidc", email: null, providerAccountId: "sub-1", claims });
    expect(await oidc({ sub: "sub-1", email: "person@example.org", email_verified: true })).toBe(true);
    expect(await oidc({ sub: "sub-1", email: "person@example.org" })).toBe(true);
    expect(await oidc({ sub: "sub-1", email: "person@example.org", email_verified: false })).toBe("/account/error?error=OidcEmailUnverified");
    expect(await oidc({ sub: "sub-1", email: "person@example.org", email_verified: "false" })).toBe("/account/error?error=OidcEmailUnverified");
    expect(await oidc({ sub: "sub-1" })).toBe("/account/error?error=OidcNoEmail");
    expect(await oidc(undefined)).toBe("/account/error?error=OidcNoEmail");
  });

  it("refuses an OpenID identity linked to a deactivated user, whatever address it now has", async () => {
    const user = await createUser(t.db, { deactivated: true });
    await t.db.account.create({ data: { userId: user.id, type: "oidc", provider: "oidc", providerAccountId: "sub-deactivated" } });
    const claims = { sub: "sub-deactivated", email: "changed-address@example.org", email_verified: true };
    expect(await signInDecision(t.db, { provider: "oidc", email: null, providerAccountId: "sub-deactivated", claims })).toBe(false);
  });
});

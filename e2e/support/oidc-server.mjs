// A real OpenID Provider (oidc-provider) on loopback for the end-to-end tests, started by
// playwright.config.ts. Its development login form accepts any login and password: the login
// typed becomes the account, and its e-mail address. A login starting with "unverified" gets
// email_verified: false, so the portal's refusal of unverified addresses can be tested.
// Consent is granted automatically (the portal is a first-party client here).
import http from "node:http";
import Provider from "oidc-provider";

const port = Number(process.env.E2E_OIDC_PORT);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.E2E_OIDC_CLIENT_ID,
      client_secret: process.env.E2E_OIDC_CLIENT_SECRET,
      // Next rewrites 127.0.0.1 to localhost in requests, so the portal calls itself "localhost".
      redirect_uris: [process.env.E2E_OIDC_REDIRECT_URI],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // Put the claims in the ID token, which is where Auth.js reads the profile from.
  conformIdTokenClaims: false,
  cookies: { keys: ["e2e-only-cookie-signing-key-not-a-secret"] },
  features: { devInteractions: { enabled: true } },
  async findAccount(ctx, sub) {
    const email = sub.trim().toLowerCase();
    return {
      accountId: sub,
      async claims() {
        return { sub, email, email_verified: !email.startsWith("unverified"), name: `OpenID ${email.split("@")[0]}` };
      },
    };
  },
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
});

const server = http.createServer(provider.callback());
server.listen(port, "127.0.0.1", () => console.log(`OpenID provider listening at ${issuer}`));
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

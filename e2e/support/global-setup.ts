// Playwright global setup: starts the real SMTP server and the real OpenID provider that the
// sign-in tests talk to (both on loopback, ports per E2E_SLOT), waits until both answer, and
// returns the teardown that stops them. Not webServer entries: other specs read the portal's
// webServer settings from the config as a single object.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { e2eBaseUrl, e2eMail, e2eOidc } from "../../playwright.config";

function start(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
  child.on("exit", (code, signal) => {
    if (code !== 0 && signal === null) console.error(`${script} exited with code ${code}`);
  });
  return child;
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

const urlAnswers = (url: string) => fetch(url).then((r) => r.ok, () => false);

async function waitFor(what: string, child: ChildProcess, ready: () => Promise<boolean>, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} (is its port taken?)`);
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start within ${timeoutMs} ms`);
}

export default async function globalSetup() {
  const smtp = start("e2e/support/smtp-server.mjs", { E2E_SMTP_PORT: String(e2eMail.port), E2E_SMTP_DIR: e2eMail.dir });
  const oidc = start("e2e/support/oidc-server.mjs", {
    E2E_OIDC_PORT: String(e2eOidc.port),
    E2E_OIDC_CLIENT_ID: e2eOidc.clientId,
    E2E_OIDC_CLIENT_SECRET: e2eOidc.clientSecret,
    E2E_OIDC_REDIRECT_URI: `${e2eBaseUrl}/api/auth/callback/oidc`,
  });
  const stop = () => {
    smtp.kill("SIGTERM");
    oidc.kill("SIGTERM");
  };
  try {
    await Promise.all([
      waitFor("The e2e SMTP server", smtp, () => portOpen(e2eMail.port)),
      waitFor("The e2e OpenID provider", oidc, () => urlAnswers(`${e2eOidc.issuer}/.well-known/openid-configuration`)),
    ]);
  } catch (error) {
    stop();
    throw error;
  }
  return stop;
}

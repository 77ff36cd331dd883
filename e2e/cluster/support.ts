// What the cluster tests do to the running cluster: read what runs where (the state file
// scripts/cluster.mjs writes), sign in through a real e-mail link, kill an instance, restart
// PostgreSQL, grant a role with the portal's own command.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, type BrowserContext } from "@playwright/test";
import { cluster, clusterUrl } from "../../playwright.cluster.config";
import { signInLink } from "../support/mailbox";
import { descendantsOf } from "../../scripts/lib/processes";

type ClusterState = {
  databaseUrl: string;
  instances: Record<"A" | "B", { port: number; pid: number }>;
  postgres: { port: number; dataDir: string; pgCtl: string; options: string; uid?: number; gid?: number };
};

export function clusterState(): ClusterState {
  return JSON.parse(fs.readFileSync(path.join(cluster.dir, "cluster.json"), "utf8")) as ClusterState;
}

export const instanceUrl = (name: "A" | "B") => clusterUrl(cluster.instancePorts[name]);
export const publicUrl = clusterUrl(cluster.publicPort);

/** `npm run users:grant` against the cluster's database. */
export function grantRole(email: string, role: "editor" | "admin") {
  execFileSync("node_modules/.bin/tsx", ["scripts/users-grant.ts", email, role], {
    env: { ...process.env, DATABASE_URL: clusterState().databaseUrl },
    stdio: "ignore",
  });
}

/** The newest sign-in message for `email` the cluster saved under its mail folder (no SMTP_URL). */
function newestMessageFor(email: string): string | undefined {
  const dir = path.join(cluster.dir, "mail");
  if (!fs.existsSync(dir)) return undefined;
  const messages = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".eml"))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), "utf8"))
    .filter((raw) => new RegExp(`^To: ${email.replace(/[.+]/g, "\\$&")}$`, "mi").test(raw));
  return messages.at(-1);
}

const everyPublicRequest = `${publicUrl}/**`;

/**
 * Sends everything `context` asks of the public address to one instance, as nginx would if it
 * chose that instance every time. The browser stays on the public address (its URL, cookies,
 * CSP and Auth.js's absolute URLs are all about that origin); the request itself is made to the
 * instance with the Host nginx forwards, and its answer handed back unchanged, redirects
 * included, so the browser follows them itself.
 */
export async function pinTo(context: BrowserContext, name: "A" | "B") {
  await unpin(context);
  const publicHost = new URL(publicUrl).host;
  await context.route(everyPublicRequest, async (route) => {
    const request = route.request();
    const response = await route.fetch({
      url: request.url().replace(publicUrl, instanceUrl(name)),
      headers: { ...(await request.allHeaders()), host: publicHost, "x-forwarded-host": publicHost },
      maxRedirects: 0,
    });
    await route.fulfill({ response });
  });
}

/** Back to nginx choosing the instance (a request still being relayed may finish or fail). */
export const unpin = (context: BrowserContext) => context.unrouteAll({ behavior: "ignoreErrors" });

/** Signs `context` in the way a person does: asks for a link, reads the message, follows the link. */
export async function signInByEmail(context: BrowserContext, email: string) {
  const page = await context.newPage();
  await page.goto(`${publicUrl}/account/sign-in`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/account\/check-email/);
  await expect.poll(() => newestMessageFor(email) !== undefined, { message: `sign-in mail for ${email}` }).toBe(true);
  await page.goto(signInLink({ to: [email], raw: newestMessageFor(email)!, receivedAt: "" }));
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: email })).toBeVisible();
  await page.close();
}

/** SIGKILL to an instance and everything it started: no shutdown, as in a crash. */
export function killInstance(name: "A" | "B") {
  const { pid } = clusterState().instances[name];
  for (const id of [...descendantsOf(pid).map((p) => p.pid), pid]) {
    try {
      process.kill(id, "SIGKILL");
    } catch {}
  }
}

/** pg_ctl as the cluster's owner (Debian's postgres user when the tests run as root). */
function pgCtl(args: string[]) {
  const { pgCtl: bin, dataDir, uid, gid } = clusterState().postgres;
  execFileSync(bin, ["-D", dataDir, ...args], { uid, gid, stdio: "ignore", timeout: 120_000 });
}

export const stopPostgres = () => pgCtl(["-m", "fast", "-w", "stop"]);
export const startPostgres = () => {
  const { dataDir, options } = clusterState().postgres;
  pgCtl(["-o", options, "-l", path.join(dataDir, "server.log"), "-w", "-t", "60", "start"]);
};

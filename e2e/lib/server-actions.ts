// Calling server actions the way the browser does, without the page: the action ids come from the
// build's server-reference manifest, the arguments are encoded by React's own encodeReply, and
// the request carries the Next-Action header. Used by the authorisation matrix to prove that
// each action checks who is calling, whatever the UI shows.
import fs from "node:fs";
import path from "node:path";
import { e2eBaseUrl } from "../../playwright.config";
import { sessionCookieName } from "../../lib/auth/cookies";

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };

/** Every server action of the e2e build: exported name → id. */
export function serverActions(): Map<string, string> {
  const slot = Number(process.env.E2E_SLOT ?? 0);
  const file = path.resolve(`.next-e2e${slot ? `-${slot}` : ""}`, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  return new Map(Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]));
}

// React's reply encoder, as the client bundle uses it (CommonJS build shipped inside Next).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as { encodeReply: (value: unknown[]) => Promise<string | FormData> };

export type Caller = { sessionToken?: string; origin?: string };

/** POSTs one action call to `pagePath`; answers the raw response (redirects not followed). */
export async function callAction(actionId: string, pagePath: string, args: unknown[], caller: Caller = {}): Promise<Response> {
  const body = await encodeReply(args);
  const headers: Record<string, string> = { "Next-Action": actionId, Accept: "text/x-component", Origin: caller.origin ?? e2eBaseUrl };
  if (caller.sessionToken) headers.Cookie = `${sessionCookieName(e2eBaseUrl)}=${caller.sessionToken}`;
  if (typeof body === "string") headers["Content-Type"] = "text/plain;charset=UTF-8";
  return fetch(new URL(pagePath, e2eBaseUrl), { method: "POST", headers, body, redirect: "manual" });
}

/** A form's fields as FormData. */
export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

/** A plain HTML form POST to a route handler, as a browser on `origin` would send it. */
export function postForm(pagePath: string, fields: Record<string, string>, caller: Caller = {}): Promise<Response> {
  const headers: Record<string, string> = { Origin: caller.origin ?? e2eBaseUrl, "Content-Type": "application/x-www-form-urlencoded" };
  if (caller.sessionToken) headers.Cookie = `${sessionCookieName(e2eBaseUrl)}=${caller.sessionToken}`;
  return fetch(new URL(pagePath, e2eBaseUrl), { method: "POST", headers, body: new URLSearchParams(fields).toString(), redirect: "manual" });
}

/** A GET as this caller. */
export function getAs(pagePath: string, caller: Caller = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (caller.sessionToken) headers.Cookie = `${sessionCookieName(e2eBaseUrl)}=${caller.sessionToken}`;
  return fetch(new URL(pagePath, e2eBaseUrl), { headers, redirect: "manual" });
}

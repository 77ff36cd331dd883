// Unknown /account/... addresses: the site's 404, rendered per request so that its scripts
// carry the nonce the CSP of this prefix asks for (a prerendered 404 would have none).
import { notFound } from "next/navigation";
import { connection } from "next/server";

export default async function UnknownAccountPage(): Promise<never> {
  await connection();
  notFound();
}

// npm run users:grant -- someone@example.org editor|admin|contributor
// Creates the user if needed (unverified until they sign in), sets the role, ends their
// sessions and records it in the audit log as "command line". How the first admin is made.
import { createDb } from "@/lib/db";
import { grantRole } from "@/lib/auth/grant";
import { isAppError } from "@/lib/errors/app-error";

const usage = "Usage: npm run users:grant -- <e-mail address> <contributor|editor|admin>";

async function main() {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  if (args.length !== 2) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  const db = createDb();
  try {
    const outcome = await grantRole(db, { email: args[0], role: args[1] });
    const change = outcome.previousRole === null ? `created as ${outcome.role}` : `${outcome.previousRole} → ${outcome.role}`;
    console.log(`${outcome.email}: ${change}; ${outcome.sessionsEnded} session(s) ended.`);
    if (outcome.created) console.log("They can now sign in with this address (e-mail link, or the OpenID provider if it gives the same verified address).");
    if (outcome.deactivated) console.warn("Note: this account is deactivated and cannot sign in until an administrator reactivates it in /admin/users.");
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.error(`${error.message}\n${usage}`);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(`users:grant failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

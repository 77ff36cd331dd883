// Turns the data layer's refusals into HTTP answers in pages and server actions: "sign in"
// becomes 401 (app/unauthorized.tsx) and "not allowed" 403 (app/forbidden.tsx), so a request
// that skips the UI (a forged action id, a hand-written POST) gets the same status as a click.
import { forbidden, notFound, unauthorized } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";

/** Re-throws AppError auth/not-found codes as Next's HTTP interrupts; anything else unchanged. */
export function rethrowAsHttp(error: unknown): never {
  if (isAppError(error)) {
    if (error.code === "unauthenticated") unauthorized();
    if (error.code === "forbidden") forbidden();
    if (error.code === "not-found") notFound();
  }
  throw error;
}

/** Runs `fn`, mapping AppError refusals to 401/403/404. */
export async function withHttpErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    rethrowAsHttp(error);
  }
}

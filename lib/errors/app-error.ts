// Expected outcomes (forbidden, conflict, invalid…) travel as one error type with a code; one
// table maps each code to an HTTP status and a sentence a person can act on. Anything else that
// is thrown is unexpected: logged, and shown as a generic failure.

export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not-found"
  | "invalid"
  | "conflict"
  | "gone"
  | "rate-limited";

export const appErrorStatus: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  invalid: 422,
  conflict: 409,
  gone: 410,
  "rate-limited": 429,
};

const defaultMessages: Record<AppErrorCode, string> = {
  unauthenticated: "Sign in to do this.",
  forbidden: "Your account is not allowed to do this.",
  "not-found": "That was not found.",
  invalid: "Some of what was sent is not valid.",
  conflict: "Someone else changed this in the meantime.",
  gone: "This has been removed from the catalogue.",
  "rate-limited": "Too many attempts. Try again later.",
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** For rate-limited: seconds until a retry may succeed. */
  readonly retryAfter?: number;
  constructor(code: AppErrorCode, message?: string, options: { retryAfter?: number } = {}) {
    super(message ?? defaultMessages[code]);
    this.name = "AppError";
    this.code = code;
    this.retryAfter = options.retryAfter;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

// RFC 9457 problem details for every error the API gives. One class carries an expected refusal
// (bad parameter, unknown slug, archived entry, too many requests) from wherever it is found to
// the handler wrapper, which turns it into application/problem+json. Anything else thrown is
// unexpected and becomes a 500 that repeats nothing of it (lib/security/unexpected-error.ts).
import type { z } from "zod";
import { AppError, appErrorStatus } from "@/lib/errors/app-error";

export type InvalidParam = { name: string; reason: string };

/** Problem types, documented at /api-docs#problems; `type` URIs are relative to the site. */
export const problemTypes = {
  "invalid-request": { status: 400, title: "The request is not valid." },
  "not-found": { status: 404, title: "Not found." },
  gone: { status: 410, title: "This entry was archived." },
  "rate-limited": { status: 429, title: "Too many requests." },
  "method-not-allowed": { status: 405, title: "Method not allowed." },
} as const;
export type ProblemType = keyof typeof problemTypes;

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  "invalid-params"?: InvalidParam[];
  archivedAt?: string;
  reason?: string | null;
  revisions?: string;
  retryAfter?: number;
};

export class ApiProblem extends Error {
  readonly problemType: ProblemType;
  readonly extra: Partial<ProblemBody>;
  readonly headers: Record<string, string>;
  constructor(problemType: ProblemType, detail: string, extra: Partial<ProblemBody> = {}, headers: Record<string, string> = {}) {
    super(detail);
    this.name = "ApiProblem";
    this.problemType = problemType;
    this.extra = extra;
    this.headers = headers;
  }
  get status(): number {
    return problemTypes[this.problemType].status;
  }
}

/** One 400 naming every parameter that is wrong and why. */
export function invalidParams(params: InvalidParam[]): ApiProblem {
  return new ApiProblem("invalid-request", params.map((p) => `${p.name}: ${p.reason}`).join("; "), { "invalid-params": params });
}

/** zod issues as invalid-params: unknown keys name each key, others the first path segment. */
export function zodInvalidParams(error: z.ZodError, fallbackName = "query"): ApiProblem {
  const params: InvalidParam[] = error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ name: key.slice(0, 60), reason: "is not a parameter of this resource" }));
    }
    return [{ name: String(issue.path[0] ?? fallbackName), reason: issue.message }];
  });
  return invalidParams(params);
}

export const notFound = (detail: string) => new ApiProblem("not-found", detail);

/** Maps a domain AppError (from shared queries) to the matching problem, when there is one. */
export function fromAppError(error: AppError): ApiProblem | null {
  const status = appErrorStatus[error.code];
  if (status === 404) return new ApiProblem("not-found", error.message);
  if (status === 410) return new ApiProblem("gone", error.message);
  if (status === 400 || status === 422) return new ApiProblem("invalid-request", error.message);
  return null;
}

/** The problem+json response for `problem`, with the request path as `instance`. */
export function problemResponse(problem: ApiProblem, instance: string, headers: Record<string, string> = {}): Response {
  const { title, status } = problemTypes[problem.problemType];
  const body: ProblemBody = { type: `/api-docs#problem-${problem.problemType}`, title, status, detail: problem.message, instance, ...problem.extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers, ...problem.headers },
  });
}

export const isApiProblem = (error: unknown): error is ApiProblem => error instanceof ApiProblem;
export { AppError };

// The answer to an error nobody planned for. The client learns only that it failed and a
// reference; the message, stack, file paths and SQL go to the server log under the same
// reference, where an operator can find them.

export type UnexpectedErrorOptions = {
  /** Where it happened, for the log line (e.g. "GET /api/search"). */
  where: string;
  /** What failed, in the words of the API's caller. */
  title: string;
};

/** Logs `error` and returns an RFC 9457 problem+json 500 that repeats nothing of it. */
export function unexpectedErrorResponse(error: unknown, { where, title }: UnexpectedErrorOptions): Response {
  const reference = crypto.randomUUID();
  console.error(`[${where}] unexpected error, reference ${reference}:`, error);
  const problem = {
    type: "about:blank",
    title,
    status: 500,
    detail: "Something went wrong on our side. Please try again later, and quote the reference if you report it.",
    reference,
  };
  return Response.json(problem, {
    status: 500,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" },
  });
}

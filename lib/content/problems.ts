/** One thing wrong with one content file, precise enough to fix without guessing. */
export type ContentProblem = { file: string; field: string; message: string; line?: number };

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}  [${p.field}]  ${p.message}`;
}

export class ContentInvalidError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`${problems.length} problem(s) in content:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "ContentInvalidError";
  }
}

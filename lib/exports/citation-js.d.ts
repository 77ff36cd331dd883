// The parts of Citation.js the exports use (the packages ship no types).
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: "bibtex" | "biblatex", options?: { format?: "text" }): string;
    format(format: "data", options: { format: "object" }): Record<string, unknown>[];
    format(format: "data", options?: { format?: "text" }): string;
  }
  export const plugins: { config: { get(name: "@bibtex"): { format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean } } } };
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-csl";

// Formula injection (CSV injection): a spreadsheet that opens a CSV treats a cell starting with
// "=", "+", "-" or "@" as a formula, and some also read a leading tab or carriage return that
// way. Following OWASP's recommendation we prefix such cells with an apostrophe, which Excel
// and LibreOffice show as text and do not evaluate. The full-width forms (U+FF1D, U+FF0B,
// U+FF0D, U+FF20) are included because some Excel input locales convert them to the ASCII
// signs. The apostrophe is visible in other CSV readers: the price of a file that is safe to
// double-click. XLSX does not need this: its cells are typed strings, never formulas.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

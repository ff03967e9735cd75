/**
 * CSV (formula) injection, as OWASP describes it: a spreadsheet program opening a CSV, or a person
 * editing a cell, runs text that starts with `=`, `+`, `-` or `@` as a formula (`=cmd|' /C calc'!A0`,
 * `=HYPERLINK(…)`), and a leading tab or carriage return can hide such a start. Every text cell
 * this package writes, in CSV and in .xlsx, goes through `neutralizeFormula`, which puts a single
 * quote before such text so it stays text. Numbers are never touched: they are written as numbers
 * in .xlsx, and a CSV field that is a plain number (`-0.5`, the way numbers are written) cannot be
 * a formula, so it is left as it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

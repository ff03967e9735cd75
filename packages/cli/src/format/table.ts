export type Align = "left" | "right";

/** Combining marks take no column (a Vietnamese letter written as a base and its tone mark). */
const MARK = /\p{M}/u;

/** How many columns a text takes in a terminal. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) if (!MARK.test(ch)) width++;
  return width;
}

/**
 * A plain box-drawn table (no colours), so that output reads the same in a terminal, a file or a test:
 * a heading row, a rule, then one line per row (a cell with line breaks takes several); each column as
 * wide as its widest cell, with one space of padding on each side, aligned left or right. Written here
 * rather than loaded from a table library: every human-readable command prints one.
 */
export function renderTable(head: string[], rows: (string | number)[][], align?: Align[]): string {
  const cells = [head, ...rows].map((row) => row.map((cell) => String(cell).split("\n")));
  const columns = Math.max(0, ...cells.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(0, ...cells.flatMap((row) => (row[c] ?? [""]).map(textWidth))));
  const pad = (text: string, c: number) => {
    const gap = " ".repeat(widths[c]! - textWidth(text));
    return align?.[c] === "right" ? gap + text : text + gap;
  };
  const rule = (left: string, middle: string, right: string) => left + widths.map((w) => "─".repeat(w + 2)).join(middle) + right;
  const lines = (row: string[][]) =>
    Array.from(
      { length: Math.max(1, ...row.map((cell) => cell.length)) },
      (_, k) => `│${widths.map((_, c) => ` ${pad(row[c]?.[k] ?? "", c)} `).join("│")}│`,
    );
  const body = cells.slice(1).flatMap(lines);
  return [rule("┌", "┬", "┐"), ...lines(cells[0]!), ...(body.length > 0 ? [rule("├", "┼", "┤"), ...body] : []), rule("└", "┴", "┘")].join(
    "\n",
  );
}

import Table from "cli-table3";

export type Align = "left" | "right" | "center";

/** A plain table (no colours), so that output reads the same in a terminal, a file or a test. */
export function renderTable(head: string[], rows: (string | number)[][], align?: Align[]): string {
  const table = new Table({
    head,
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1, compact: true },
    ...(align ? { colAligns: align } : {}),
  });
  for (const row of rows) table.push(row.map(String));
  return table.toString();
}

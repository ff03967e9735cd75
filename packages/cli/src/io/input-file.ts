import { extname } from "node:path";
import { parseCsv, type CsvTable } from "./csv";
import { readTextFile } from "./files";
import { parseJson } from "./json";

export type InputFile = { kind: "json"; file: string; data: unknown } | { kind: "csv"; file: string; table: CsvTable };

/** Reads a JSON or CSV input file: by extension, else by its first character. */
export function readInputFile(cwd: string, file: string): InputFile {
  const text = readTextFile(cwd, file);
  const ext = extname(file).toLowerCase();
  const json = ext === ".json" || (ext !== ".csv" && ext !== ".tsv" && /^\s*[[{]/.test(text));
  return json ? { kind: "json", file, data: parseJson(text, file) } : { kind: "csv", file, table: parseCsv(text, file) };
}

/** The pack an input file names, if it is JSON with a "pack" field. */
export function packNamedIn(input: InputFile): string | undefined {
  if (input.kind !== "json") return undefined;
  const pack = (input.data as { pack?: unknown } | null)?.pack;
  return typeof pack === "string" ? pack : undefined;
}

import { createInflateRaw } from "node:zlib";
import { SpreadsheetError } from "./errors";

/**
 * How big an uploaded workbook may be. exceljs reads a whole workbook into memory (about ten times
 * its unpacked XML), so a small .xlsx that unpacks to hundreds of megabytes, or a sheet of a million
 * rows, would exhaust the process. `inspectWorkbook` checks the zip before exceljs sees it, reading
 * the central directory and then inflating each entry as a stream (a few kB at a time, on the
 * thread pool, counting bytes, rows and cells, keeping nothing), and refuses past these limits.
 *
 * The defaults are about a hundred times what a real assessment template needs (dti-province-2022:
 * 46 kB compressed, 233 kB unpacked, 13 sheets, at most 300 rows and 2,600 cells).
 */
export interface WorkbookLimits {
  /** The .xlsx file itself (compressed). */
  maxBytes: number;
  /** Everything in the zip once unpacked, as declared and as found while inflating. */
  maxUnpackedBytes: number;
  /** Unpacked / compressed size of one entry, for entries above 1 MiB unpacked: zip bombs reach 1,000. */
  maxRatio: number;
  /** Files inside the zip. */
  maxEntries: number;
  maxSheets: number;
  maxRowsPerSheet: number;
  /** Cells of all sheets together. */
  maxCells: number;
}

export const DEFAULT_WORKBOOK_LIMITS: Readonly<WorkbookLimits> = {
  maxBytes: 5 * 1024 * 1024,
  maxUnpackedBytes: 20 * 1024 * 1024,
  maxRatio: 100,
  maxEntries: 1000,
  maxSheets: 100,
  maxRowsPerSheet: 10_000,
  maxCells: 100_000,
};

const RATIO_FROM = 1024 * 1024;
const MiB = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`;

function tooLarge(vi: string, en: string, detail: string): SpreadsheetError {
  return new SpreadsheetError("FILE_TOO_LARGE", { vi, en }, { details: [detail] });
}

function tooMuch(vi: string, en: string, detail: string): SpreadsheetError {
  return new SpreadsheetError("WORKBOOK_TOO_LARGE", { vi, en }, { details: [detail] });
}

function damaged(en: string, cause?: unknown): SpreadsheetError {
  return new SpreadsheetError(
    "FILE_NOT_XLSX",
    { vi: "Tệp .xlsx bị hỏng hoặc không đọc được", en: `the .xlsx file is damaged or cannot be read (${en})` },
    cause === undefined ? {} : { cause },
  );
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  unpacked: number;
  localOffset: number;
}

/** The zip's central directory: every entry with its declared sizes. ZIP64 (over 4 GiB or 65,535 entries) is refused as too large. */
function centralDirectory(bytes: Buffer, limits: WorkbookLimits): Entry[] {
  // End of central directory: 22 bytes plus a comment of at most 65,535 bytes, at the end.
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let p = bytes.length - 22; p >= from; p--)
    if (bytes.readUInt32LE(p) === 0x06054b50) {
      eocd = p;
      break;
    }
  if (eocd < 0) throw damaged("no zip directory");
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    throw tooLarge("Tệp .xlsx quá lớn (ZIP64)", "the .xlsx file is too large (ZIP64)", "ZIP64");
  if (count > limits.maxEntries)
    throw tooMuch(
      `Tệp .xlsx có quá nhiều thành phần (${count}, tối đa ${limits.maxEntries})`,
      `the .xlsx file has too many parts (${count}, at most ${limits.maxEntries})`,
      `entries ≤ ${limits.maxEntries}`,
    );
  if (offset + size > eocd) throw damaged("zip directory out of bounds");
  const entries: Entry[] = [];
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || bytes.readUInt32LE(p) !== 0x02014b50) throw damaged("bad zip directory entry");
    const nameLength = bytes.readUInt16LE(p + 28);
    const entry: Entry = {
      method: bytes.readUInt16LE(p + 10),
      compressed: bytes.readUInt32LE(p + 20),
      unpacked: bytes.readUInt32LE(p + 24),
      localOffset: bytes.readUInt32LE(p + 42),
      name: bytes.toString("utf8", p + 46, p + 46 + nameLength),
    };
    if (entry.compressed === 0xffffffff || entry.unpacked === 0xffffffff || entry.localOffset === 0xffffffff)
      throw tooLarge("Tệp .xlsx quá lớn (ZIP64)", "the .xlsx file is too large (ZIP64)", "ZIP64");
    entries.push(entry);
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return entries;
}

/** Where an entry's data starts: after its local header, whose name and extra field lengths may differ from the directory's. */
function dataOf(bytes: Buffer, entry: Entry): Buffer {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== 0x04034b50) throw damaged(`bad local header of ${entry.name}`);
  const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
  if (start + entry.compressed > bytes.length) throw damaged(`${entry.name} is cut short`);
  return bytes.subarray(start, start + entry.compressed);
}

const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
// <row …> and <c …> elements, with or without a namespace prefix (<x:row>), not <col>, <cols>, <cfRule>…
const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c)[\s/>]/g;

/**
 * Inflates one entry as a stream, calling `onText` with each chunk (latin1: tags are ASCII), and
 * stops as soon as it unpacks past `limit` bytes (a directory that lied about the size) or
 * `onText` throws (too many rows or cells). Nothing is kept.
 */
async function inflate(data: Buffer, limit: number, onText: ((text: string) => void) | null): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const stream = createInflateRaw({ chunkSize: 64 * 1024 });
    let total = 0;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      stream.destroy();
      reject(error);
    };
    stream.on("data", (chunk: Buffer) => {
      if (failed) return;
      total += chunk.length;
      if (total > limit) return fail(new RangeError("over the declared size"));
      try {
        onText?.(chunk.toString("latin1"));
      } catch (error) {
        fail(error);
      }
    });
    stream.on("error", (error) => fail(damaged("broken compressed data", error)));
    stream.on("end", () => {
      if (!failed) resolve(total);
    });
    stream.end(data);
  });
}

/**
 * Checks .xlsx bytes against the limits without unpacking them into memory: throws
 * `FILE_TOO_LARGE` (the file, an entry or the whole unpacks past a size limit, or at a zip bomb's
 * ratio) or `WORKBOOK_TOO_LARGE` (too many parts, sheets, rows or cells); `FILE_NOT_XLSX` when
 * the zip itself is broken. Runs before exceljs, which would read it all.
 */
export async function inspectWorkbook(bytes: Uint8Array, given: Partial<WorkbookLimits> = {}): Promise<void> {
  const limits = { ...DEFAULT_WORKBOOK_LIMITS, ...given };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length > limits.maxBytes)
    throw tooLarge(
      `Tệp quá lớn (${MiB(buffer.length)}, tối đa ${MiB(limits.maxBytes)})`,
      `the file is too large (${MiB(buffer.length)}, at most ${MiB(limits.maxBytes)})`,
      `file ≤ ${MiB(limits.maxBytes)}`,
    );
  const entries = centralDirectory(buffer, limits);
  const sheets = entries.filter((e) => isSheet(e.name));
  if (sheets.length > limits.maxSheets)
    throw tooMuch(
      `Tệp có quá nhiều trang tính (${sheets.length}, tối đa ${limits.maxSheets})`,
      `the workbook has too many sheets (${sheets.length}, at most ${limits.maxSheets})`,
      `sheets ≤ ${limits.maxSheets}`,
    );
  const unpackedLimit = () =>
    tooLarge(
      `Tệp giải nén ra quá lớn (tối đa ${MiB(limits.maxUnpackedBytes)}): tệp có thể là một “bom nén”`,
      `the file unpacks to more than ${MiB(limits.maxUnpackedBytes)}: it may be a zip bomb`,
      `unpacked ≤ ${MiB(limits.maxUnpackedBytes)}`,
    );
  let declared = 0;
  for (const entry of entries) {
    declared += entry.unpacked;
    if (declared > limits.maxUnpackedBytes) throw unpackedLimit();
    if (entry.unpacked > RATIO_FROM && entry.unpacked > entry.compressed * limits.maxRatio)
      throw tooLarge(
        `Tệp nén bất thường (${entry.name} giải nén ra gấp ${Math.round(entry.unpacked / Math.max(1, entry.compressed))} lần): tệp có thể là một “bom nén”`,
        `the file is compressed abnormally (${entry.name} unpacks ${Math.round(entry.unpacked / Math.max(1, entry.compressed))} times larger): it may be a zip bomb`,
        `ratio ≤ ${limits.maxRatio}`,
      );
    if (entry.method !== 0 && entry.method !== 8) throw damaged(`unsupported compression method ${entry.method} for ${entry.name}`);
  }

  let cells = 0;
  for (const entry of entries) {
    if (entry.unpacked === 0 && entry.compressed === 0) continue;
    const data = dataOf(buffer, entry);
    if (entry.method === 0) continue; // stored: its size is its size
    let rows = 0;
    let tail = "";
    const count = isSheet(entry.name)
      ? (text: string) => {
          const joined = tail + text;
          for (const match of joined.matchAll(TAG)) {
            if (match.index + match[0].length <= tail.length) continue; // counted with the previous chunk
            if (match[1] === "row") {
              if (++rows > limits.maxRowsPerSheet)
                throw tooMuch(
                  `Trang tính có quá nhiều dòng (${entry.name}: hơn ${limits.maxRowsPerSheet.toLocaleString("vi-VN")})`,
                  `a sheet has too many rows (${entry.name}: more than ${limits.maxRowsPerSheet.toLocaleString("en")})`,
                  `rows per sheet ≤ ${limits.maxRowsPerSheet}`,
                );
            } else if (++cells > limits.maxCells)
              throw tooMuch(
                `Tệp có quá nhiều ô (hơn ${limits.maxCells.toLocaleString("vi-VN")})`,
                `the workbook has too many cells (more than ${limits.maxCells.toLocaleString("en")})`,
                `cells ≤ ${limits.maxCells}`,
              );
          }
          tail = joined.slice(-64);
        }
      : null;
    try {
      await inflate(data, entry.unpacked, count);
    } catch (error) {
      if (error instanceof RangeError) throw unpackedLimit(); // unpacked past what the directory declared
      throw error;
    }
  }
}

import { createDeflateRaw, crc32 } from "node:zlib";

/** One deflated entry of a hand-made zip; `declared` is the unpacked size its directory states. */
export interface ZipEntry {
  name: string;
  deflated: Buffer;
  size: number;
  crc: number;
}

/** Deflates what `chunks` yields as a stream (a 200 MB entry never sits in memory). */
export async function deflateEntry(name: string, chunks: Iterable<Buffer>): Promise<ZipEntry> {
  const stream = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  stream.on("data", (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  let size = 0;
  let crc = 0;
  for (const chunk of chunks) {
    size += chunk.length;
    crc = crc32(chunk, crc);
    if (!stream.write(chunk)) await new Promise((r) => stream.once("drain", r));
  }
  stream.end();
  await done;
  return { name, deflated: Buffer.concat(out), size, crc };
}

/** A minimal zip (deflate, no ZIP64) of the entries. */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(e.crc, 16);
    header.writeUInt32LE(e.deflated.length, 20);
    header.writeUInt32LE(e.size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    central.push(header, name);
    offset += local.length + name.length + e.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** An .xlsx whose one sheet is what `sheetBody` yields between <sheetData> and </sheetData>. */
export async function workbookWithSheet(sheetBody: Iterable<Buffer>): Promise<Buffer> {
  const small = (name: string, text: string) => deflateEntry(name, [Buffer.from(text)]);
  function* sheet() {
    yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`);
    yield* sheetBody;
    yield Buffer.from(`</sheetData></worksheet>`);
  }
  return zip([
    await small(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    await small(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    await small(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    await small(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    await deflateEntry("xl/worksheets/sheet1.xml", sheet()),
  ]);
}

/** A zip bomb: one sheet of `megabytes` MiB of the same bytes, which deflate to about a thousandth. */
export function zipBomb(megabytes: number): Promise<Buffer> {
  const block = Buffer.alloc(1024 * 1024, "<row/>");
  return workbookWithSheet(
    (function* () {
      for (let k = 0; k < megabytes; k++) yield block;
    })(),
  );
}

/** A sheet of `rows` rows, 10,000 at a time; with `cells`, each holds a number in column A. */
export function manyRows(rows: number, cells: boolean): Promise<Buffer> {
  return workbookWithSheet(
    (function* () {
      for (let from = 1; from <= rows; from += 10_000) {
        const lines: string[] = [];
        for (let r = from; r < from + 10_000 && r <= rows; r++)
          lines.push(cells ? `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>` : `<row r="${r}"/>`);
        yield Buffer.from(lines.join(""));
      }
    })(),
  );
}

/** A multipart/form-data body with one `file` part. */
export function multipartFile(file: Buffer, name = "template.xlsx") {
  const boundary = "----dti-edge";
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

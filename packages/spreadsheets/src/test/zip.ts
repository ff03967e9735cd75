import { crc32, deflateRawSync } from "node:zlib";

/** One file of a hand-made zip; `declared` overrides the unpacked size the directory states (a lying bomb). */
export interface ZipFile {
  name: string;
  data: Buffer;
  declared?: number;
}

/** A minimal zip (deflate, no ZIP64): enough to build the hostile workbooks the limits must refuse. */
export function zip(files: readonly ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, "utf8");
    const deflated = deflateRawSync(file.data, { level: 9 });
    const size = file.declared ?? file.data.length;
    const crc = crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(deflated.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    central.push(header, name);
    offset += local.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts an .xlsx needs around its sheets. */
export function workbookParts(sheets: number): ZipFile[] {
  const names = Array.from({ length: sheets }, (_, k) => k + 1);
  return [
    {
      name: "[Content_Types].xml",
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names.map((n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: "xl/workbook.xml",
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((n) => `<sheet name="S${n}" sheetId="${n}" r:id="rId${n}"/>`).join("")}</sheets></workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((n) => `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`).join("")}</Relationships>`,
      ),
    },
  ];
}

/** A worksheet of `rows` rows with `columns` numeric cells each. */
export function sheetXml(rows: number, columns = 1, prefix = ""): Buffer {
  const p = prefix ? `${prefix}:` : "";
  const ns = prefix
    ? ` xmlns:${prefix}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
    : ` xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
  const cols = (r: number) =>
    Array.from({ length: columns }, (_, c) => `<${p}c r="${String.fromCharCode(65 + (c % 26))}${r}"><${p}v>${r}</${p}v></${p}c>`).join("");
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) body.push(`<${p}row r="${r}">${cols(r)}</${p}row>`);
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet${ns}><${p}cols><${p}col min="1" max="1" width="9"/></${p}cols><${p}sheetData>${body.join("")}</${p}sheetData></${p}worksheet>`,
  );
}

/**
 * The media type of a file found from its content (magic bytes, ZIP entries, UTF-8 text), never
 * from the name or the type a browser claimed. The name only refines text into CSV.
 */
export const MEDIA_TYPES = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  zip: "application/zip",
  cfb: "application/x-cfb",
  text: "text/plain",
  csv: "text/csv",
} as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The names of a ZIP archive's entries, read from its central directory; undefined when it has none. */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return undefined;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return undefined;
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function officeType(names: readonly string[]): string | undefined {
  if (!names.includes("[Content_Types].xml")) return undefined;
  if (names.some((n) => n.startsWith("word/"))) return MEDIA_TYPES.docx;
  if (names.some((n) => n.startsWith("xl/"))) return MEDIA_TYPES.xlsx;
  if (names.some((n) => n.startsWith("ppt/"))) return MEDIA_TYPES.pptx;
  return undefined;
}

function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The detected type, or undefined when the content is empty or not recognised. */
export function detectMediaType(bytes: Uint8Array, fileName = ""): string | undefined {
  if (bytes.length === 0) return undefined;
  const pdf = ascii("%PDF-");
  if (startsWith(bytes, pdf)) return MEDIA_TYPES.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return MEDIA_TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return MEDIA_TYPES.jpeg;
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return MEDIA_TYPES.gif;
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return MEDIA_TYPES.webp;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const names = zipEntryNames(bytes);
    return (names && officeType(names)) ?? MEDIA_TYPES.zip;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return MEDIA_TYPES.cfb;
  // The PDF header may follow a little junk; readers look for it in the first 1024 bytes.
  const head = bytes.subarray(0, 1024);
  for (let i = 1; i + pdf.length <= head.length; i++) if (startsWith(head, pdf, i)) return MEDIA_TYPES.pdf;
  if (isText(bytes)) return /\.csv$/i.test(fileName) ? MEDIA_TYPES.csv : MEDIA_TYPES.text;
  return undefined;
}

import { describe, expect, it } from "vitest";
import { SAMPLES, zipOf } from "../testing/media-samples";
import { detectMediaType, MEDIA_TYPES, zipEntryNames } from "./detect-media-type";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new TextEncoder().encode(s);

describe("detectMediaType", () => {
  it.each([
    ["pdf", MEDIA_TYPES.pdf],
    ["png", MEDIA_TYPES.png],
    ["jpeg", MEDIA_TYPES.jpeg],
    ["gif", MEDIA_TYPES.gif],
    ["webp", MEDIA_TYPES.webp],
    ["docx", MEDIA_TYPES.docx],
    ["xlsx", MEDIA_TYPES.xlsx],
    ["pptx", MEDIA_TYPES.pptx],
    ["zip", MEDIA_TYPES.zip],
    ["text", MEDIA_TYPES.text],
  ] as const)("finds %s from the content", (sample, type) => {
    expect(detectMediaType(SAMPLES[sample], "whatever.bin")).toBe(type);
  });

  it("ignores the name except to call UTF-8 text CSV", () => {
    expect(detectMediaType(SAMPLES.exe, "report.pdf")).toBeUndefined();
    expect(detectMediaType(SAMPLES.pdf, "data.csv")).toBe(MEDIA_TYPES.pdf);
    expect(detectMediaType(text("ma,ten,gia_tri\n01,Hà Nội,0.82\n"), "ket-qua.CSV")).toBe(MEDIA_TYPES.csv);
  });

  it("refuses text that is not UTF-8 or holds NUL bytes, and an empty file", () => {
    expect(detectMediaType(bytes(0x48, 0x65, 0xff, 0xfe, 0x6c))).toBeUndefined();
    expect(detectMediaType(bytes(0x48, 0, 0x69, 0))).toBeUndefined();
    expect(detectMediaType(new Uint8Array())).toBeUndefined();
  });

  it("needs [Content_Types].xml to call a ZIP an office file", () => {
    expect(detectMediaType(zipOf({ "word/document.xml": "<w:document/>" }))).toBe(MEDIA_TYPES.zip);
    expect(zipEntryNames(SAMPLES.docx)).toEqual(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
    expect(detectMediaType(SAMPLES.docx.subarray(0, 40))).toBe(MEDIA_TYPES.zip);
  });

  it("finds a PDF header after a little junk, and a legacy OLE file as such", () => {
    expect(detectMediaType(new Uint8Array([0xef, 0xbb, 0xbf, ...SAMPLES.pdf]))).toBe(MEDIA_TYPES.pdf);
    expect(detectMediaType(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0))).toBe(MEDIA_TYPES.cfb);
  });
});

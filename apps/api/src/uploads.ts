import { ApiError } from "@dti/api-router";
import type { FastifyRequest } from "fastify";

export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

export interface Upload {
  fields: Record<string, string>;
  /** The first file part named `file`; other file parts are read and dropped. */
  file?: UploadedFile;
}

export interface ReadUploadOptions {
  /** What to send, for the 415 answer to a body that is not multipart/form-data. */
  expected: string;
  /** The largest file part: past it the upload stops and the answer is a coded 413. */
  maxFileBytes: number;
}

/** Errors the multipart reader raises with an HTTP status of their own (413 for limits, 406/415 for content types). */
function hasHttpStatus(error: unknown): boolean {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === "number" && status >= 400 && status < 500;
}

/**
 * Reads a multipart/form-data upload of one `file` part and a few small fields, so that every way
 * a body can be wrong is a coded 4xx: not multipart → 415 UNSUPPORTED_MEDIA_TYPE; a file or too many
 * parts past the limits → 413 PAYLOAD_TOO_LARGE (from the reader's own errors, see errors.ts); a body
 * the reader cannot parse (no boundary, a part without headers, cut short) → 400 VALIDATION_FAILED
 * with `details.multipart: "malformed"`. A missing file part is the caller's to report.
 */
export async function readUpload(request: FastifyRequest, options: ReadUploadOptions): Promise<Upload> {
  if (!request.isMultipart()) throw new ApiError("UNSUPPORTED_MEDIA_TYPE", options.expected);
  const fields: Record<string, string> = {};
  let file: UploadedFile | undefined;
  try {
    const parts = request.parts({
      limits: { fileSize: options.maxFileBytes, files: 1, fields: 10, fieldSize: 1000, parts: 12 },
    });
    for await (const part of parts) {
      if (part.type === "field") fields[part.fieldname] = String(part.value);
      else if (part.fieldname === "file" && !file) file = { name: part.filename, bytes: await part.toBuffer() };
      else await part.toBuffer();
    }
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === "FST_REQ_FILE_TOO_LARGE") throw fileTooLarge(options.maxFileBytes);
    if (error instanceof ApiError || hasHttpStatus(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError("VALIDATION_FAILED", `the multipart body cannot be read: ${reason}`, {
      fields: [{ path: "(body)", message: reason, expected: options.expected }],
      details: { multipart: "malformed" },
    });
  }
  return file ? { fields, file } : { fields };
}

/** "5 MiB", "64 KiB": a size limit as people read it (the decimal mark of each language). */
function sizeText(bytes: number, lang: "vi" | "en"): string {
  const [amount, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), "MiB"] : [bytes / 1024, "KiB"];
  const shown = String(Math.round(amount * 10) / 10);
  return `${lang === "vi" ? shown.replace(".", ",") : shown} ${unit}`;
}

/**
 * The 413 for a file part past the limit, naming the limit in both languages (`details.vi`,
 * `details.maxBytes`), so that a screen can say how large a file may be.
 */
function fileTooLarge(maxBytes: number): ApiError {
  return new ApiError("PAYLOAD_TOO_LARGE", `the file is larger than ${sizeText(maxBytes, "en")}`, {
    fields: [{ path: "file", message: "the file is too large", expected: `at most ${sizeText(maxBytes, "en")}` }],
    details: { maxBytes, vi: `Tệp lớn hơn ${sizeText(maxBytes, "vi")} (giới hạn cho phép)` },
  });
}

/** The 400 for a multipart body without its `file` part. */
export function noFilePart(): ApiError {
  return new ApiError("VALIDATION_FAILED", "no file part", {
    fields: [{ path: "file", message: 'a file part named "file" is required' }],
  });
}

import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { DbError } from "../errors";
import type { Database } from "../schema";
import { requireOpenAssessment } from "./assessments";
import { appendAudit } from "./audit-entry";
import { detectMediaType, MEDIA_TYPES } from "./detect-media-type";
import { isUuid, plainBytes } from "./sql-values";
import { inTransaction, reading, type Actor, type Trx } from "./transaction";

export interface EvidenceOptions {
  /** Largest file accepted, in bytes (default 20 MiB). */
  maxBytes?: number;
  /** Media types accepted, as detected from content (default DEFAULT_EVIDENCE_TYPES). */
  allowedTypes?: readonly string[];
}

export const DEFAULT_EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

/** Documents, images, office files and plain text; no bare ZIPs, legacy OLE files or executables. */
export const DEFAULT_EVIDENCE_TYPES: readonly string[] = [
  MEDIA_TYPES.pdf,
  MEDIA_TYPES.png,
  MEDIA_TYPES.jpeg,
  MEDIA_TYPES.gif,
  MEDIA_TYPES.webp,
  MEDIA_TYPES.docx,
  MEDIA_TYPES.xlsx,
  MEDIA_TYPES.pptx,
  MEDIA_TYPES.text,
  MEDIA_TYPES.csv,
];

export interface EvidenceFile {
  id: string;
  assessmentId: string;
  indicatorCode: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  /** Hex sha256 of the content. */
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: Date;
}

export interface EvidenceFileWithContent extends EvidenceFile {
  content: Uint8Array;
}

export interface AddEvidenceInput {
  assessmentId: string;
  indicatorCode: string;
  fileName: string;
  bytes: Uint8Array;
}

const META = [
  "id",
  "assessment_id",
  "indicator_code",
  "file_name",
  "media_type",
  "size_bytes",
  "sha256",
  "uploaded_by",
  "uploaded_at",
] as const;

interface MetaRow {
  id: string;
  assessment_id: string;
  indicator_code: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: Date;
}

function toEvidence(row: MetaRow): EvidenceFile {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    indicatorCode: row.indicator_code,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at,
  };
}

/** The last path segment, without control characters: a name is shown and offered for download, never used as a path. */
function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[/\\]/).pop() ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (base.length === 0 || base.length > 255)
    throw new DbError("INVALID_INPUT", `file name "${name}" must have 1 to 255 characters after its directory`, { field: "fileName" });
  return base;
}

export function createEvidenceRepository(db: Kysely<Database>, options: EvidenceOptions = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_EVIDENCE_MAX_BYTES;
  const allowed = options.allowedTypes ?? DEFAULT_EVIDENCE_TYPES;

  function notFound(id: string) {
    return new DbError("NOT_FOUND", `evidence file ${id} not found`, { entity: "evidence", id });
  }

  return {
    maxBytes,
    allowedTypes: allowed,

    /**
     * Stores a file for an indicator after checking its size and its type (found from content).
     * The same content for the same indicator again returns the stored file (created: false).
     */
    async add(input: AddEvidenceInput, actor: Actor, trx?: Trx): Promise<EvidenceFile & { created: boolean }> {
      const fileName = cleanFileName(input.fileName);
      const size = input.bytes.byteLength;
      if (size > maxBytes)
        throw new DbError("EVIDENCE_TOO_LARGE", `evidence file "${fileName}" has ${size} bytes; the limit is ${maxBytes}`, {
          fileName,
          sizeBytes: size,
          maxBytes,
        });
      const mediaType = detectMediaType(input.bytes, fileName);
      if (!mediaType || !allowed.includes(mediaType))
        throw new DbError(
          "EVIDENCE_TYPE_NOT_ALLOWED",
          size === 0
            ? `evidence file "${fileName}" is empty`
            : `evidence file "${fileName}" is ${mediaType ?? "of no recognised type"}; allowed: ${allowed.join(", ")}`,
          { fileName, detected: mediaType ?? null, allowed },
        );
      const sha256 = createHash("sha256").update(input.bytes).digest("hex");
      return inTransaction(db, trx, async (trx) => {
        await requireOpenAssessment(trx, input.assessmentId);
        const row = await trx
          .insertInto("evidence_files")
          .values({
            assessment_id: input.assessmentId,
            indicator_code: input.indicatorCode,
            file_name: fileName,
            media_type: mediaType,
            size_bytes: size,
            sha256,
            content: input.bytes,
            uploaded_by: actor.userId,
          })
          .onConflict((oc) => oc.columns(["assessment_id", "indicator_code", "sha256"]).doNothing())
          .returning(META)
          .executeTakeFirst();
        if (!row) {
          const existing = await trx
            .selectFrom("evidence_files")
            .select(META)
            .where("assessment_id", "=", input.assessmentId)
            .where("indicator_code", "=", input.indicatorCode)
            .where("sha256", "=", sha256)
            .executeTakeFirstOrThrow();
          return { ...toEvidence(existing), created: false };
        }
        const file = toEvidence(row);
        await appendAudit(trx, actor, {
          action: "evidence.add",
          entity: "evidence",
          entityId: file.id,
          after: { assessmentId: file.assessmentId, indicatorCode: file.indicatorCode, fileName, mediaType, sizeBytes: size, sha256 },
        });
        return { ...file, created: true };
      });
    },

    /** Files of an assessment (optionally one indicator's), without content, oldest first. */
    async list(assessmentId: string, indicatorCode?: string): Promise<EvidenceFile[]> {
      if (!isUuid(assessmentId)) return [];
      return reading(async () => {
        let query = db.selectFrom("evidence_files").select(META).where("assessment_id", "=", assessmentId);
        if (indicatorCode !== undefined) query = query.where("indicator_code", "=", indicatorCode);
        const rows = await query.orderBy("uploaded_at").orderBy("file_name").execute();
        return rows.map(toEvidence);
      });
    },

    /** One file with its content. */
    async get(id: string): Promise<EvidenceFileWithContent> {
      return reading(async () => {
        const row = isUuid(id)
          ? await db
              .selectFrom("evidence_files")
              .select([...META, "content"])
              .where("id", "=", id)
              .executeTakeFirst()
          : undefined;
        if (!row) throw notFound(id);
        return { ...toEvidence(row), content: plainBytes(row.content) };
      });
    },

    /** Deletes a file while its assessment is open; the audit keeps its name and checksum. */
    async remove(id: string, actor: Actor, trx?: Trx): Promise<void> {
      return inTransaction(db, trx, async (trx) => {
        const row = isUuid(id) ? await trx.selectFrom("evidence_files").select(META).where("id", "=", id).executeTakeFirst() : undefined;
        if (!row) throw notFound(id);
        await requireOpenAssessment(trx, row.assessment_id);
        await trx.deleteFrom("evidence_files").where("id", "=", id).execute();
        const before = toEvidence(row);
        await appendAudit(trx, actor, {
          action: "evidence.remove",
          entity: "evidence",
          entityId: id,
          before: {
            assessmentId: before.assessmentId,
            indicatorCode: before.indicatorCode,
            fileName: before.fileName,
            mediaType: before.mediaType,
            sizeBytes: before.sizeBytes,
            sha256: before.sha256,
          },
        });
      });
    },
  };
}

export type EvidenceRepository = ReturnType<typeof createEvidenceRepository>;

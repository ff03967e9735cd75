import { sql, type Kysely } from "kysely";
import { DbError } from "../errors";
import type { Database } from "../schema";
import { appendAudit } from "./audit-entry";
import {
  checkRecordFields,
  diffPublished,
  publishedFromRow,
  publishedInsertValues,
  publishedRowKey,
  type PublishedChanges,
  type PublishedResult,
  type PublishedRowInput,
} from "./published-record";
import { inTransaction, reading, type Actor, type Trx } from "./transaction";

export type {
  PublishedChanges,
  PublishedFieldChange,
  PublishedRecordFields,
  PublishedResult,
  PublishedRowInput,
  PublishedRowSummary,
} from "./published-record";

export interface ImportPublishedInput {
  kind: "published_results";
  /** sha256 of the file: the same file again for the same target changes nothing. */
  checksum: string;
  /** What the file is for, e.g. "dti-province-2022:2022". */
  target: string;
  rows: readonly PublishedRowInput[];
}

export interface ImportOutcome {
  /** imported: new rows; replaced: rows of an earlier file for the same period and pack were replaced; unchanged: this file was imported before. */
  status: "imported" | "replaced" | "unchanged";
  importId: string;
  rows: number;
  /** replaced: what the file changed in the period's rows (added, removed, changed with old → new). */
  changes?: PublishedChanges;
}

export interface ImportRecord {
  id: string;
  kind: string;
  checksum: string;
  target: string;
  rows: number;
  createdBy: string | null;
  createdAt: Date;
}

function checkRows(rows: readonly PublishedRowInput[]): void {
  if (rows.length === 0) throw new DbError("INVALID_INPUT", "an import needs at least one row", { field: "rows" });
  const problems: { row: number; field: string; message: string }[] = [];
  const finite = (v: unknown) => typeof v === "number" && Number.isFinite(v);
  rows.forEach((r, row) => {
    checkRecordFields(r, row, problems);
    if (!Number.isInteger(r.period)) problems.push({ row, field: "period", message: "period must be a year" });
    if (typeof r.packId !== "string" || r.packId === "") problems.push({ row, field: "packId", message: "pack id missing" });
    if (r.overall !== null && !finite(r.overall))
      problems.push({ row, field: "overall", message: "overall must be a finite number or null" });
    if (r.rank !== null && !(Number.isInteger(r.rank) && r.rank > 0))
      problems.push({ row, field: "rank", message: "rank must be a positive integer or null" });
    for (const field of ["indices", "pillars"] as const)
      if (typeof r[field] !== "object" || r[field] === null || !Object.values(r[field]).every(finite))
        problems.push({ row, field, message: `${field} must map codes to finite numbers` });
  });
  if (problems.length > 0)
    throw new DbError(
      "INVALID_INPUT",
      `${problems.length} published row(s) are malformed: ${problems.map((p) => `row ${p.row + 1} ${p.field}`).join(", ")}`,
      { problems },
    );
  const seen = new Map<string, number>();
  const duplicates: { unitId: string | null; cohort: string | null; period: number; packId: string; rows: number[] }[] = [];
  rows.forEach((r, i) => {
    const key = `${r.period}\u0000${r.packId}\u0000${publishedRowKey(r)}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else duplicates.push({ unitId: r.unitId, cohort: r.cohort ?? null, period: r.period, packId: r.packId, rows: [first + 1, i + 1] });
  });
  if (duplicates.length > 0)
    throw new DbError(
      "IMPORT_DUPLICATE",
      `the import names ${duplicates.map((d) => `${d.unitId ?? `the average of cohort ${d.cohort ?? "?"}`} (${d.period}, ${d.packId}) in rows ${d.rows.join(" and ")}`).join("; ")} twice`,
      { duplicates },
    );
}

function splitGroup(group: string): [number, string] {
  return JSON.parse(group) as [number, string];
}

export function createPublishedRepository(db: Kysely<Database>) {
  return {
    /**
     * Imports published results all-or-nothing. The same file (checksum) for the same target again:
     * `unchanged`, nothing written. A different file for a period and pack that already has rows
     * replaces them in the same transaction (audited with what was replaced). Checking the figures
     * against the pack's aggregation is the caller's job (with the engine).
     */
    async importRows(input: ImportPublishedInput, actor: Actor, trx?: Trx): Promise<ImportOutcome> {
      if (input.kind !== "published_results")
        throw new DbError("INVALID_INPUT", `import kind must be "published_results", got "${String(input.kind)}"`, { field: "kind" });
      checkRows(input.rows);
      const groups = [...new Set(input.rows.map((r) => JSON.stringify([r.period, r.packId])))].sort();
      return inTransaction(db, trx, async (trx) => {
        // One importer at a time per period and pack, so a replace never races another replace.
        for (const group of groups) await sql`select pg_advisory_xact_lock(hashtext(${`published:${group}`}))`.execute(trx);
        const created = await trx
          .insertInto("imports")
          .values({ kind: input.kind, checksum: input.checksum, target: input.target, rows: input.rows.length, created_by: actor.userId })
          .onConflict((oc) => oc.columns(["kind", "target", "checksum"]).doNothing())
          .returning("id")
          .executeTakeFirst();
        let importId = created?.id;
        if (!importId) {
          const existing = await trx
            .selectFrom("imports")
            .select(["id", "rows"])
            .where("kind", "=", input.kind)
            .where("target", "=", input.target)
            .where("checksum", "=", input.checksum)
            .executeTakeFirstOrThrow();
          // Unchanged only if the file's rows are still the ones stored: a file imported again after
          // another replaced it is restored (under its first import record).
          const current = await trx
            .selectFrom("published_results")
            .select(["import_id", (eb) => eb.fn.countAll<number>().as("n")])
            .where((eb) =>
              eb.or(
                groups.map((g) => {
                  const [period, packId] = splitGroup(g);
                  return eb.and([eb("period", "=", period), eb("pack_id", "=", packId)]);
                }),
              ),
            )
            .groupBy("import_id")
            .execute();
          if (current.length === 1 && current[0]!.import_id === existing.id && Number(current[0]!.n) === existing.rows)
            return { status: "unchanged", importId: existing.id, rows: existing.rows };
          importId = existing.id;
        }
        const unitIds = [...new Set(input.rows.flatMap((r) => (r.unitId === null ? [] : [r.unitId])))];
        const known = new Set(
          unitIds.length > 0 ? (await trx.selectFrom("units").select("id").where("id", "in", unitIds).execute()).map((u) => u.id) : [],
        );
        const unknown = unitIds.filter((id) => !known.has(id));
        if (unknown.length > 0)
          throw new DbError("NOT_FOUND", `unknown unit(s) in the import: ${unknown.join(", ")}`, { entity: "unit", ids: unknown });
        const id = importId;
        const replaced: { period: number; packId: string; rows: number; importIds: string[] }[] = [];
        const before: PublishedRowInput[] = [];
        for (const group of groups) {
          const [period, packId] = splitGroup(group);
          const removed = await trx
            .deleteFrom("published_results")
            .where("period", "=", period)
            .where("pack_id", "=", packId)
            .returningAll()
            .execute();
          before.push(...removed.map(publishedFromRow));
          if (removed.length > 0)
            replaced.push({ period, packId, rows: removed.length, importIds: [...new Set(removed.map((r) => r.import_id))] });
        }
        await trx
          .insertInto("published_results")
          .values(input.rows.map((r) => publishedInsertValues(id, r)))
          .execute();
        const changes = replaced.length > 0 ? diffPublished(before, input.rows) : undefined;
        await appendAudit(trx, actor, {
          action: replaced.length > 0 ? "published.replace" : "published.import",
          entity: "import",
          entityId: id,
          before: replaced.length > 0 ? { replaced } : null,
          after: {
            kind: input.kind,
            target: input.target,
            checksum: input.checksum,
            rows: input.rows.length,
            ...(changes ? { changes } : {}),
          },
        });
        return changes
          ? { status: "replaced", importId: id, rows: input.rows.length, changes }
          : { status: "imported", importId: id, rows: input.rows.length };
      });
    },

    /** A period's published results under a pack: provinces by cohort, rank (unranked last) and unit, then the averages. */
    async list(filter: { period: number; packId: string }): Promise<PublishedResult[]> {
      return reading(async () => {
        const rows = await db
          .selectFrom("published_results")
          .selectAll()
          .where("period", "=", filter.period)
          .where("pack_id", "=", filter.packId)
          .orderBy(sql`kind = 'average'`)
          .orderBy(sql`cohort asc nulls first`)
          .orderBy(sql`rank asc nulls last`)
          .orderBy("unit_id")
          .execute();
        return rows.map(publishedFromRow);
      });
    },

    /** Imports recorded, newest first. */
    async listImports(filter: { kind?: "published_results" | "assessment_workbook"; target?: string } = {}): Promise<ImportRecord[]> {
      return reading(async () => {
        let query = db.selectFrom("imports").selectAll();
        if (filter.kind) query = query.where("kind", "=", filter.kind);
        if (filter.target) query = query.where("target", "=", filter.target);
        const rows = await query.orderBy("created_at", "desc").execute();
        return rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          checksum: r.checksum,
          target: r.target,
          rows: r.rows,
          createdBy: r.created_by,
          createdAt: r.created_at,
        }));
      });
    },
  };
}

export type PublishedRepository = ReturnType<typeof createPublishedRepository>;

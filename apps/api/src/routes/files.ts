import { asciiFileName } from "@dti/conventions";
import {
  ApiError,
  computedResult,
  createCaller,
  canManageAssessment,
  createContext,
  ensure,
  fromZod,
  packInputs,
  publishedResult,
  type ApiContext,
  type CreateContextOptions,
} from "@dti/api-router";
import { idSchema, periodSchema } from "@dti/contracts";
import { choosePack, type LoadedPack } from "@dti/engine";
import {
  isSpreadsheetError,
  buildTemplate,
  DEFAULT_WORKBOOK_LIMITS,
  planCsv,
  planWorkbook,
  rankingCsv,
  rankingWorkbook,
  readTemplate,
  readTemplateMetadata,
  scorecardCsv,
  scorecardWorkbook,
  type PlanItem,
  type TemplateProblem,
  type WorkbookLimits,
} from "@dti/spreadsheets";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { noFilePart, readUpload } from "../uploads";

type Context = Omit<CreateContextOptions, "user" | "session" | "request" | "cookies">;

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function signedIn(request: FastifyRequest, context: Context) {
  // The CSRF header was checked by the host for this non-GET route; tRPC callers check it again.
  const csrf = request.headers["x-csrf-token"];
  const ctx = createContext({
    ...context,
    session: request.session,
    request: { ip: request.ip, csrfHeader: Array.isArray(csrf) ? csrf[0] : csrf },
  });
  if (!ctx.user) throw new ApiError("UNAUTHENTICATED", "sign in first");
  return ctx;
}

function param<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw fromZod(parsed.error, what);
  return parsed.data;
}

/** A name safe in a header, with the UTF-8 original beside it. */
function download(reply: FastifyReply, fileName: string, type: string, body: Uint8Array | string) {
  // One ASCII spelling of a file name for every download (@dti/conventions); spaces are fine in a quoted filename.
  const ascii = asciiFileName(fileName);
  return reply
    .header("content-type", type)
    .header("content-disposition", `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header("x-content-type-options", "nosniff")
    .header("cache-control", "private, no-store")
    .send(typeof body === "string" ? body : Buffer.from(body));
}

/**
 * Files the workbook package refuses become coded 4xx answers: a bad upload is never a 500. Too
 * large (FILE_TOO_LARGE: the file, its unpacked size, a zip bomb) is 413 PAYLOAD_TOO_LARGE; too many
 * sheets, rows or cells (WORKBOOK_TOO_LARGE) and every other unreadable file is 422 IMPORT_INVALID;
 * `details.spreadsheetCode` has the package's code and `details.vi` the Vietnamese message.
 */
function fromSpreadsheet(error: unknown): never {
  if (isSpreadsheetError(error))
    throw new ApiError(
      error.code === "TEMPLATE_OPTIONS_INVALID"
        ? "VALIDATION_FAILED"
        : error.code === "FILE_TOO_LARGE"
          ? "PAYLOAD_TOO_LARGE"
          : "IMPORT_INVALID",
      error.text.en,
      {
        fields: [{ path: "file", message: error.text.en, ...(error.details[0] ? { expected: error.details[0] } : {}) }],
        details: { spreadsheetCode: error.code, vi: error.text.vi },
        cause: error,
      },
    );
  throw error;
}

/**
 * The pack a template of an earlier period was made with, when it is another pack (or version) than
 * the assessment's and is stored here: its values are read with it and mapped. Otherwise null (the
 * reader's TEMPLATE_PACK_MISMATCH stands): a template of the same period under another pack is not
 * last year's file.
 */
async function earlierTemplatePack(
  ctx: ApiContext,
  bytes: Uint8Array,
  detail: { assessment: { period: number } },
  limits: Partial<WorkbookLimits>,
): Promise<LoadedPack | null> {
  const metadata = await readTemplateMetadata(bytes, limits).catch(fromSpreadsheet);
  if (metadata.period === detail.assessment.period) return null;
  const stored = await ctx.repos.packs.findByIdVersion(metadata.pack.id, metadata.pack.version);
  return stored ? ctx.packs.load(stored) : null;
}

/**
 * 422 IMPORT_INVALID for a template with problems: nothing is imported. `details.problems` lists every
 * one (code, sheet, row, column, cell, input, address, indicator, value, message and expected form in
 * Vietnamese and English; a broken ratio with both sides and their cells); `fields` repeats them by
 * `Sheet!Cell` in English for generic clients.
 */
function templateInvalid(problems: readonly TemplateProblem[]): ApiError {
  const first = problems[0]!;
  const where = (p: TemplateProblem) => `${p.sheet}${p.cell ? `!${p.cell}` : p.row ? ` row ${p.row}` : ""}`;
  return new ApiError(
    "IMPORT_INVALID",
    `the template has ${problems.length} problem(s); nothing was imported. First: ${where(first)}: ${first.message.en}`,
    {
      fields: problems.map((p) => ({ path: where(p), message: p.message.en, ...(p.expected ? { expected: p.expected.en } : {}) })),
      details: {
        problems,
        vi: `Biểu mẫu có ${problems.length} lỗi; chưa nhập giá trị nào. Lỗi đầu tiên: ${where(first)}: ${first.message.vi}`,
      },
    },
  );
}

async function assessmentFiles(ctx: ApiContext, assessmentId: string) {
  const caller = createCaller(ctx);
  const detail = await caller.assessments.get({ assessmentId });
  const registered = await ctx.packs.get(detail.assessment.pack.rowId);
  return { caller, detail, loaded: registered.loaded };
}

const demoNote = (isDemo: boolean) =>
  isDemo ? ["DỮ LIỆU MINH HỌA (demo): số liệu bịa ra, không phải của bất kỳ tỉnh, thành phố nào."] : [];

export interface FileRouteOptions {
  /** Limits on an uploaded template, checked before it is unpacked (defaults: DEFAULT_WORKBOOK_LIMITS of @dti/spreadsheets). */
  templateLimits?: Partial<WorkbookLimits>;
}

/**
 * Spreadsheets, as provinces work: the assessment template (filled with what is stored, agencies as
 * the province assigned them) to download, fill and upload back (all or nothing, every problem by
 * sheet, row and column); scorecards, improvement plans and rankings as .xlsx and CSV.
 */
export function registerFileRoutes(app: FastifyInstance, context: Context, options: FileRouteOptions = {}): void {
  app.get<{ Params: { id: string } }>("/api/assessments/:id/template.xlsx", async (request, reply) => {
    const ctx = signedIn(request, context);
    const { detail, loaded } = await assessmentFiles(ctx, param(idSchema, request.params.id, "id"));
    const values = Object.fromEntries(detail.inputs.filter((i) => i.value !== null).map((i) => [i.inputId, i.value]));
    const sources = Object.fromEntries(detail.inputs.filter((i) => i.source).map((i) => [i.inputId, i.source!]));
    const assignments = Object.fromEntries(detail.assignments.filter((a) => a.leadAgency).map((a) => [a.indicatorCode, a.leadAgency!]));
    // The versions the values were at: an upload of this file later cannot undo newer edits.
    const versions = Object.fromEntries(detail.inputs.map((i) => [i.inputId, i.version]));
    const bytes = await buildTemplate({
      versions,
      pack: loaded,
      unit: { code: detail.assessment.unitId, name: detail.assessment.unitName },
      period: detail.assessment.period,
      values,
      sources,
      assignments,
      notes: demoNote(detail.assessment.isDemo),
    }).catch(fromSpreadsheet);
    return download(reply, `DTI ${detail.assessment.period} ${detail.assessment.unitName}.xlsx`, XLSX, bytes);
  });

  app.post<{ Params: { id: string } }>("/api/assessments/:id/template", async (request, reply) => {
    // Session (and CSRF, checked by the host before any handler), then read and write access to this
    // assessment: all before a byte of the body is read, so only a writer can make the server parse a workbook.
    const ctx = signedIn(request, context);
    const assessmentId = param(idSchema, request.params.id, "id");
    const { caller, detail, loaded } = await assessmentFiles(ctx, assessmentId);
    const user = ctx.user!;
    ensure(
      canManageAssessment(user, detail.assessment) ||
        (user.role === "agency_contributor" && user.agency !== null && user.unitId === detail.assessment.unitId),
      "you may not change this assessment's values: importing a template needs the right to enter data",
    );
    const limits = { ...DEFAULT_WORKBOOK_LIMITS, ...options.templateLimits };
    const { file, fields } = await readUpload(request, {
      expected: "send the filled template as multipart/form-data with a file part",
      maxFileBytes: limits.maxBytes,
    });
    if (!file) throw noFilePart();
    // Last year's filled template into this year's assessment: only after the user confirmed it
    // (field confirmOtherPeriod=true); its values are then stored marked "from <year>, to confirm".
    const confirmOtherPeriod = fields.confirmOtherPeriod === "true";
    const bytes = new Uint8Array(file.bytes);
    const read = (pack: LoadedPack) =>
      readTemplate(bytes, {
        pack,
        ...(confirmOtherPeriod ? {} : { period: detail.assessment.period }),
        unit: detail.assessment.unitId,
        limits,
      });
    // A template of another pack (last year's framework) is read with that pack, then its values are
    // mapped through this pack's crosswalk from it by importValues (carriedFromPack), as carry-forward
    // maps them. Without the confirmation, reading it with its own pack says "another period" first.
    let templatePack = loaded;
    const reading = await read(loaded).catch(async (error: unknown) => {
      const other =
        isSpreadsheetError(error) && error.code === "TEMPLATE_PACK_MISMATCH" ? await earlierTemplatePack(ctx, bytes, detail, limits) : null;
      if (!other) return fromSpreadsheet(error);
      templatePack = other;
      return read(other).catch(fromSpreadsheet);
    });
    const carriedFromPeriod = reading.metadata.period !== detail.assessment.period ? reading.metadata.period : undefined;
    const otherPack = templatePack !== loaded ? { id: templatePack.ref.id, version: templatePack.ref.version } : undefined;
    // One pass: the reader reports every problem of the file at once — types, ranges and the ratios the
    // values break (checked by the engine) — each by sheet and cell with its code and both languages.
    if (reading.problems.length > 0) throw templateInvalid(reading.problems);
    const inputs = packInputs(templatePack);
    const values = Object.entries(reading.values)
      .filter(([key]) => inputs.ids.has(key) && !inputs.constants.has(key))
      .map(([inputId, value]) => ({
        inputId,
        value,
        ...(reading.sources[inputId] ? { source: reading.sources[inputId] } : {}),
        // A template that records versions: each value is based on the one stored when it was made
        // (not for last year's template: its versions are of another assessment's values).
        ...(reading.versions && carriedFromPeriod === undefined ? { baseVersion: reading.versions[inputId] ?? null } : {}),
      }));
    const outcome =
      values.length > 0
        ? await caller.assessments.importValues({
            assessmentId,
            values,
            ...(carriedFromPeriod !== undefined ? { carriedFromPeriod } : {}),
            ...(otherPack ? { carriedFromPack: otherPack } : {}),
          })
        : { written: 0, unchanged: 0, conflicts: [] };
    return reply.send({
      ...outcome,
      conflicts: outcome.conflicts ?? [],
      warnings: reading.warnings.map((w) => ({ code: w.code, message: w.message.en, text: w.message })),
    });
  });

  for (const format of ["xlsx", "csv"] as const) {
    app.get<{ Params: { id: string } }>(`/api/assessments/:id/scorecard.${format}`, async (request, reply) => {
      const ctx = signedIn(request, context);
      const { caller, detail, loaded } = await assessmentFiles(ctx, param(idSchema, request.params.id, "id"));
      const { result } = await caller.assessments.score({ assessmentId: detail.assessment.id });
      const name = `Kết quả DTI ${detail.assessment.period} ${detail.assessment.unitName}.${format}`;
      return format === "xlsx"
        ? download(reply, name, XLSX, await scorecardWorkbook(result, loaded))
        : download(reply, name, "text/csv; charset=utf-8", scorecardCsv(result, loaded, { table: "indicators" }));
    });

    app.get<{ Params: { id: string } }>(`/api/assessments/:id/plan.${format}`, async (request, reply) => {
      const ctx = signedIn(request, context);
      const { caller, detail, loaded } = await assessmentFiles(ctx, param(idSchema, request.params.id, "id"));
      const names = new Map(loaded.pack.indicators.map((i) => [i.code, i.name.vi]));
      const items: PlanItem[] = (await caller.plans.list({ assessmentId: detail.assessment.id })).map((p) => ({
        indicatorCode: p.indicatorCode,
        indicatorName: names.get(p.indicatorCode) ?? p.indicatorCode,
        currentValue: p.currentValue,
        targetValue: p.targetValue,
        targetPoints: p.targetPoints,
        leadAgency: p.leadAgency ?? "",
        cooperatingAgencies: p.cooperatingAgencies,
        deadline: p.deadline,
        status: p.status,
        note: p.progressNotes.map((n) => `${n.at.slice(0, 10)}: ${n.note}`).join("\n"),
      }));
      const title = `Kế hoạch nâng cao Chỉ số chuyển đổi số (DTI) — ${detail.assessment.unitName}${detail.assessment.isDemo ? " (dữ liệu minh họa)" : ""}`;
      const name = `Kế hoạch DTI ${detail.assessment.unitName}.${format}`;
      return format === "xlsx"
        ? download(reply, name, XLSX, await planWorkbook(items, { title }))
        : download(reply, name, "text/csv; charset=utf-8", planCsv(items));
    });

    app.get<{ Params: { period: string }; Querystring: { packId?: string; source?: string } }>(
      `/api/rankings/:period/ranking.${format}`,
      async (request, reply) => {
        const ctx = signedIn(request, context);
        const period = param(z.coerce.number().pipe(periodSchema), request.params.period, "period");
        const query = param(
          z.object({ packId: z.string().min(1).max(100).optional(), source: z.enum(["published", "computed"]).default("published") }),
          request.query,
          "query",
        );
        const packId =
          query.packId ??
          choosePack(
            (await ctx.packs.active()).map((p) => ({ pack: p.loaded.pack })),
            period,
          ).pack.meta.id;
        if (query.source === "computed") await createCaller(ctx).rankings.computed({ period, packId }); // national admins only
        const found = query.source === "computed" ? await computedResult(ctx, period, packId) : await publishedResult(ctx, period, packId);
        if (!found) throw new ApiError("NOT_FOUND", `no ${query.source} results for ${period} under ${packId}`);
        const title = `Xếp hạng DTI ${period} (${query.source === "computed" ? "tính từ số liệu nhập" : "kết quả công bố"})`;
        const name = `Xếp hạng DTI ${period} ${query.source}.${format}`;
        return format === "xlsx"
          ? download(reply, name, XLSX, await rankingWorkbook(found.result, found.pack.loaded, { title }))
          : download(reply, name, "text/csv; charset=utf-8", rankingCsv(found.result, found.pack.loaded));
      },
    );
  }
}

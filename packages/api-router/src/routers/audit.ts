import { auditListInputSchema, auditListOutputSchema, type AuditListInput } from "@dti/contracts";
import type { Assessment, AuditEntry } from "@dti/db";
import { addressOf, type IndicatorDefinition, type Pack } from "@dti/pack-sdk";
import { canReadAudit, ensure } from "../access";
import type { ApiContext } from "../context";
import { iso } from "../services/dto";
import { readableAssessment, unitNames } from "../services/scope";
import { authedProcedure, router } from "../trpc";

/** Vietnam's days (UTC+7): a day's entries are those from its 00:00 to the next day's 00:00 there. */
const dayStart = (date: string, plusDays = 0) => new Date(Date.parse(`${date}T00:00:00+07:00`) + plusDays * 86_400_000);

/** The filters every audit list shares, as the repository takes them; an indicator picks its values and workflow. */
function filterOf(input: AuditListInput, packs: readonly Pack[]) {
  const indicatorEnds = (code: string) => {
    const ends = new Set([code]);
    for (const pack of packs) for (const i of pack.indicators) if (i.code === code) for (const ref of i.inputs) ends.add(ref.input);
    return [...ends];
  };
  return {
    ...(input.actorId ? { actorId: input.actorId } : {}),
    ...(input.action ? { action: input.action } : {}),
    ...(input.indicatorCode ? { entityIdEndsWith: indicatorEnds(input.indicatorCode) } : {}),
    ...(input.from ? { since: dayStart(input.from) } : {}),
    ...(input.to ? { until: dayStart(input.to, 1) } : {}),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What each entry is about, in words: the assessment's province and year, the indicator, the value's address and label. */
async function subjects(ctx: ApiContext, entries: readonly AuditEntry[], known: readonly Assessment[], preferIndicator?: string) {
  const parsed = entries.map((e) => {
    const [head, rest] = e.entityId.split(":", 2) as [string, string | undefined];
    if (e.entity === "assessment" && UUID.test(e.entityId)) return { assessmentId: e.entityId, rest: undefined };
    if ((e.entity === "input_value" || e.entity === "indicator_workflow") && UUID.test(head)) return { assessmentId: head, rest };
    return null;
  });
  const assessments = new Map(known.map((a) => [a.id, a]));
  for (const id of new Set(parsed.map((p) => p?.assessmentId).filter((x): x is string => !!x && !assessments.has(x)))) {
    const found = await ctx.repos.assessments.get(id).catch(() => null);
    if (found) assessments.set(id, found);
  }
  const units = await unitNames(ctx, [...new Set([...assessments.values()].map((a) => a.unitId))]);
  const packs = new Map<string, Pack | null>();
  for (const a of assessments.values())
    if (!packs.has(a.packRowId))
      packs.set(
        a.packRowId,
        await ctx.packs.get(a.packRowId).then(
          (p) => p.loaded.pack,
          () => null,
        ),
      );
  const localized = (t: { vi: string; en?: string | undefined }) => ({ vi: t.vi, en: t.en ?? t.vi });
  return entries.map((e, i) => {
    const p = parsed[i];
    const a = p ? assessments.get(p.assessmentId) : undefined;
    if (!p || !a) return null;
    const pack = packs.get(a.packRowId) ?? null;
    let indicator: IndicatorDefinition | undefined;
    let address: string | null = null;
    let inputLabel = null;
    let options: { value: string; label: { vi: string; en: string } }[] | undefined;
    if (pack && p.rest && e.entity === "indicator_workflow") indicator = pack.indicators.find((x) => x.code === p.rest);
    if (pack && p.rest && e.entity === "input_value") {
      // An input read by several indicators (households_total: 3.2.b, 3.3.b, 8.4.b) is named in the indicator filtered by, else its first.
      const readers = pack.indicators.filter((x) => x.inputs.some((r) => r.input === p.rest));
      indicator = readers.find((x) => x.code === preferIndicator) ?? readers[0];
      address = indicator ? addressOf(indicator, p.rest) : p.rest;
      const def = pack.inputs.find((x) => x.id === p.rest);
      inputLabel = def ? localized(def.label) : null;
      if (def?.options) options = def.options.map((o) => ({ value: String(o.value), label: localized(o.label) }));
    }
    return {
      unitName: units.get(a.unitId) ?? null,
      period: a.period,
      indicatorCode: indicator?.code ?? null,
      indicatorName: indicator ? localized(indicator.name) : null,
      address,
      inputLabel,
      ...(options ? { options } : {}),
    };
  });
}

export const auditRouter = router({
  /**
   * The append-only log, newest first, with who, what and which value in words. National admins read
   * all of it (with filters); a province admin reads the log of one of its province's assessments.
   * Filters (user, action, indicator, days) run in the repository.
   */
  list: authedProcedure
    .input(auditListInputSchema)
    .output(auditListOutputSchema)
    .query(async ({ ctx, input }) => {
      let page: { entries: AuditEntry[]; nextBefore: number | null };
      const known: Assessment[] = [];
      if (input.assessmentId) {
        const scope = await readableAssessment(ctx, input.assessmentId);
        ensure(canReadAudit(ctx.user, scope.assessment.unitId), "only the province's admin reads its audit log");
        known.push(scope.assessment);
        page = await ctx.repos.audit.listForAssessment(
          { assessmentId: scope.assessment.id, unitId: scope.assessment.unitId, packRowId: scope.assessment.packRowId },
          {
            ...filterOf(input, [scope.pack.loaded.pack]),
            limit: input.limit,
            ...(input.before !== undefined ? { before: input.before } : {}),
          },
        );
      } else {
        ensure(canReadAudit(ctx.user, null), "give the assessment whose audit log you want to read");
        const packs = input.indicatorCode ? (await ctx.packs.active()).map((p) => p.loaded.pack) : [];
        page = await ctx.repos.audit.list({
          ...filterOf(input, packs),
          ...(input.entity ? { entity: input.entity } : {}),
          ...(input.entityId ? { entityId: input.entityId } : {}),
          limit: input.limit,
          ...(input.before !== undefined ? { before: input.before } : {}),
        });
      }
      const people = await ctx.repos.users.people(page.entries.map((e) => e.actorId).filter((id): id is string => id !== null));
      const about = await subjects(ctx, page.entries, known, input.indicatorCode);
      return {
        entries: page.entries.map((e, i) => {
          const who = e.actorId ? people.get(e.actorId) : undefined;
          return { ...e, at: iso(e.at), actorEmail: who?.email ?? null, actorName: who?.displayName ?? null, subject: about[i] ?? null };
        }),
        nextBefore: page.nextBefore,
      };
    }),
});

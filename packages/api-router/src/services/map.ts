import { todayInVietnam } from "@dti/conventions";
import type { MapOutput, MapRowDto } from "@dti/contracts";
import { packsForYear } from "@dti/engine";
import { checkBackcast, COHORT_34_FROM, defaultFrom, successorOf, unitsAt, type BackcastResult } from "@dti/units";
import { canReadComputedRankings, ensure } from "../access";
import type { ApiContext } from "../context";
import { ApiError } from "../errors";
import { computedRanking, publishedRows } from "../routers/published";
import { unitNames } from "./scope";

type Units = 63 | 34;
type Source = "published" | "computed";

/** One unit's figures of a year, as published or computed. */
interface Figure {
  unitId: string;
  unitName: string;
  overall: number | null;
  rank: number | null;
  cohort: string | null;
}

/** The first year assessed on the 34 units (the merger took effect on 1/7/2025). */
const FIRST_34_YEAR = Number(COHORT_34_FROM.slice(0, 4));
/** The last day of the 63: the day the old units of a back-cast are read at. */
const LAST_63_DAY = defaultFrom(COHORT_34_FROM);

const onMap = (unitId: string | null): unitId is string => unitId !== null && (unitId.startsWith("p63-") || unitId.startsWith("p34-"));
const inUnits = (units: Units) => (f: Figure) => f.unitId.startsWith(`p${units}-`);

/** The active packs that apply to a year, newest framework first (none for a year no pack covers yet, e.g. 2025). */
async function packIdsFor(ctx: ApiContext, period: number): Promise<string[]> {
  const active = (await ctx.packs.active()).map((p) => ({ pack: p.loaded.pack }));
  return packsForYear(active, period).map((p) => p.pack.meta.id);
}

/** A year's figures of real provinces (the 63 or the 34; demo units are not on the map), from the first pack that has some. */
async function figuresOf(ctx: ApiContext, period: number, source: Source): Promise<Figure[]> {
  for (const packId of await packIdsFor(ctx, period)) {
    if (source === "published") {
      const rows = (await publishedRows(ctx, period, packId)).filter((r) => r.kind === "province");
      const figures = rows.flatMap((r) =>
        onMap(r.unitId) ? [{ unitId: r.unitId, unitName: r.unitName, overall: r.overall, rank: r.rank, cohort: r.cohort }] : [],
      );
      if (figures.length > 0) return figures;
    } else {
      const computed = (await computedRanking(ctx, period, packId)).filter((c) => onMap(c.unitId));
      if (computed.length === 0) continue;
      const names = await unitNames(
        ctx,
        computed.map((c) => c.unitId),
      );
      return computed.map((c) => ({
        unitId: c.unitId,
        unitName: names.get(c.unitId) ?? c.unitId,
        overall: c.overall,
        rank: c.rank,
        cohort: null,
      }));
    }
  }
  return [];
}

/** A year's figures, read once per request: the year list, the map and the back-cast ask for the same years. */
type Figures = (period: number, source: Source) => Promise<Figure[]>;
function figuresOnce(ctx: ApiContext): Figures {
  const read = new Map<string, Promise<Figure[]>>();
  return (period, source) => {
    const key = `${source}:${period}`;
    if (!read.has(key)) read.set(key, figuresOf(ctx, period, source));
    return read.get(key)!;
  };
}

/** Every year with figures on the map (published for all; computed for national admins), and the years of the 34 up to last year. */
async function yearsOf(ctx: ApiContext, figures: Figures): Promise<MapOutput["years"]> {
  const active = await ctx.packs.active();
  const candidates = new Set(active.flatMap((p) => p.loaded.pack.meta.years));
  const published = new Set<number>();
  for (const period of candidates) if ((await figures(period, "published")).length > 0) published.add(period);
  const computed = new Set<number>();
  if (canReadComputedRankings(ctx.user!)) for (const a of await ctx.repos.assessments.list()) if (onMap(a.unitId)) computed.add(a.period);
  // The years of the 34 are offered even before anything is published for them: a back-cast shows them.
  const lastYear = Math.max(FIRST_34_YEAR, Number(todayInVietnam().slice(0, 4)) - 1);
  const years = new Set([...published, ...computed]);
  for (let y = FIRST_34_YEAR; y <= lastYear; y++) years.add(y);
  return [...years].sort((a, b) => b - a).map((period) => ({ period, published: published.has(period), computed: computed.has(period) }));
}

/**
 * Figures of the 63 carried onto the 34 with @dti/units' back-cast (the mean of the old units'
 * values, as the ministry did for DTI 2024). A new unit gets a value only when every one of its old
 * units has one: a mean of some of them would be a different number. Every new unit is listed with
 * its old units and their own figures, so a reader sees where a value is missing and why.
 */
async function backcastOnto34(ctx: ApiContext, old: readonly Figure[]): Promise<{ rows: MapRowDto[]; withValue: number }> {
  const olds = old.filter(inUnits(63));
  let carried = olds.filter((f) => f.overall !== null);
  let result: BackcastResult | undefined;
  while (carried.length > 0) {
    const outcome = checkBackcast(
      carried.map((f) => ({ unit: f.unitId, overall: f.overall! })),
      { to: COHORT_34_FROM },
    );
    if (outcome.ok) {
      result = outcome.result;
      break;
    }
    // Leave out the new units some of whose old units have no value, and back-cast the others.
    const incomplete = new Set(outcome.problems.flatMap((p) => (p.code === "PREDECESSOR_MISSING" && p.unitId ? [p.unitId] : [])));
    const kept = carried.filter((f) => !incomplete.has(successorOf(f.unitId, COHORT_34_FROM)?.id ?? ""));
    if (kept.length === carried.length)
      throw new ApiError("INTERNAL", `the back-cast refused the published figures: ${outcome.problems.map((p) => p.code).join(", ")}`);
    carried = kept;
  }
  const targets = unitsAt(COHORT_34_FROM);
  const before = unitsAt(LAST_63_DAY);
  const names = await unitNames(
    ctx,
    [...targets, ...before].map((u) => u.id),
  );
  const figure = new Map(olds.map((f) => [f.unitId, f]));
  const rows = targets.map((target) => {
    const value = result?.units.find((u) => u.unitId === target.id)?.overall;
    const from = before
      .filter((u) => successorOf(u.id, COHORT_34_FROM)?.id === target.id)
      .map((u) => ({
        unitId: u.id,
        unitName: names.get(u.id) ?? u.name,
        overall: figure.get(u.id)?.overall ?? null,
        rank: figure.get(u.id)?.rank ?? null,
      }));
    return { unitId: target.id, unitName: names.get(target.id) ?? target.name, overall: value ?? null, rank: null, cohort: null, from };
  });
  return { rows, withValue: rows.filter((r) => r.overall !== null).length };
}

const asRow = (f: Figure): MapRowDto => ({ ...f, from: [] });

/**
 * What the map draws for a year: the year's figures on the units asked for (by default the units
 * its figures describe, the 34 from 2025); on the 34 without figures of their own, the back-cast of
 * the 63's figures of that year or, for a year with none (2025 before anything is published), of an
 * earlier year (`from`; by default the latest one that gives a value) — labelled as such; never an
 * error for a year without data.
 */
export async function mapOf(
  ctx: ApiContext,
  input: { period: number; units?: Units | undefined; source: Source; from?: number | undefined },
): Promise<MapOutput> {
  if (input.source === "computed")
    ensure(canReadComputedRankings(ctx.user!), "computed results read every province's unpublished data: national admins only");
  const read = figuresOnce(ctx);
  const years = await yearsOf(ctx, read);
  const figures = await read(input.period, input.source);
  const defaultUnits: Units = figures.some(inUnits(34)) || input.period >= FIRST_34_YEAR ? 34 : 63;
  const units = input.units ?? defaultUnits;
  const base = { period: input.period, units, defaultUnits, source: input.source, years };
  const own = figures.filter(inUnits(units));
  if (own.length > 0) {
    own.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unitId.localeCompare(b.unitId));
    return { ...base, mode: "own", reason: null, backcast: null, rows: own.map(asRow) };
  }
  if (units === 63)
    return { ...base, mode: "none", reason: figures.some(inUnits(34)) ? "cannot_split" : "no_data", backcast: null, rows: [] };

  // The 34 without figures of their own: the back-cast of a year's figures of the 63, that year's or an earlier one.
  const fromYears: number[] = [];
  const oldFigures = new Map<number, Figure[]>();
  for (const { period } of years) {
    if (period > input.period) continue;
    const found = await read(period, input.source);
    if (found.some(inUnits(63))) {
      fromYears.push(period);
      oldFigures.set(period, found);
    }
  }
  if (fromYears.length === 0) return { ...base, mode: "none", reason: "no_data", backcast: null, rows: [] };
  if (input.from !== undefined && !fromYears.includes(input.from))
    throw new ApiError("VALIDATION_FAILED", `no figures of the 63 provinces in ${input.from} to back-cast`, {
      fields: [{ path: "from", message: `no figures of the 63 in ${input.from}`, expected: `one of ${fromYears.join(", ")}` }],
    });
  let from = input.from ?? (fromYears.includes(input.period) ? input.period : undefined);
  let carried = from === undefined ? undefined : await backcastOnto34(ctx, oldFigures.get(from)!);
  // A year without figures of its own: the latest earlier year whose back-cast gives some value, else the latest.
  if (from === undefined)
    for (const year of fromYears) {
      const attempt = await backcastOnto34(ctx, oldFigures.get(year)!);
      if (attempt.withValue === 0) continue;
      from = year;
      carried = attempt;
      break;
    }
  if (from === undefined || !carried) {
    from = fromYears[0]!;
    carried = await backcastOnto34(ctx, oldFigures.get(from)!);
  }
  return {
    ...base,
    mode: "backcast",
    reason: null,
    backcast: { from, fromYears, rule: "mean", withValue: carried.withValue },
    rows: carried.rows,
  };
}

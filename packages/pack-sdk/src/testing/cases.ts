import { parse } from "yaml";
import { z } from "zod";
import type { ScoreRequest, ScoreResult } from "@dti/contracts";

/**
 * Golden cases, written by hand from the method text (OpenFisca style): inputs, expected points,
 * and the margin allowed. A file holds `cases:`; each case is one unit (`input` + `expected`) or a
 * cohort (`units`, each with its own `expected`).
 */
const expectedSchema = z
  .object({
    /** Points per indicator code. */
    indicators: z.record(z.string(), z.number()).optional(),
    /** Main-index values on 0..1. */
    indices: z.record(z.string(), z.number()).optional(),
    pillars: z.record(z.string(), z.number()).optional(),
    overall: z.number().optional(),
    rank: z.number().int().optional(),
  })
  .strict();
export type ExpectedValues = z.infer<typeof expectedSchema>;

const inputsSchema = z.record(z.string(), z.union([z.number(), z.boolean(), z.string(), z.null()]));

const caseUnitSchema = z.object({
  code: z.string(),
  name: z.string().optional(),
  inputs: inputsSchema,
  expected: expectedSchema.optional(),
});

export const goldenCaseSchema = z
  .object({
    name: z.string().min(1),
    /** The rule kind(s) the case exercises, so a test can prove every kind is covered. */
    kinds: z.array(z.string()).default([]),
    /** Where in the method text the expected values come from. */
    source: z.string().optional(),
    period: z.number().int(),
    /** strict refuses missing inputs; lenient (default for partial cases) scores them 0. */
    mode: z.enum(["strict", "lenient"]).default("lenient"),
    margin: z.number().min(0).default(0.0001),
    input: inputsSchema.optional(),
    expected: expectedSchema.optional(),
    units: z.array(caseUnitSchema).optional(),
    /** The case must fail with this error code (e.g. INPUT_NUMERATOR_EXCEEDS_DENOMINATOR). */
    error: z.string().optional(),
  })
  .refine((c) => (c.input !== undefined) !== (c.units !== undefined), {
    message: "a case takes either input (one unit) or units (a cohort)",
  });
export type GoldenCase = z.infer<typeof goldenCaseSchema>;

export const caseFileSchema = z.object({ cases: z.array(goldenCaseSchema).min(1) });

export function parseCaseFile(yamlText: string, fileName = "cases.yaml"): GoldenCase[] {
  const parsed = caseFileSchema.safeParse(parse(yamlText));
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`${fileName} is not a valid case file: ${detail}`);
  }
  return parsed.data.cases;
}

/** How the runner scores a cohort: the engine, injected so that the SDK does not depend on it. */
export type Scorer = (request: ScoreRequest, options: { mode: "strict" | "lenient" }) => ScoreResult;

export interface CaseMismatch {
  unit: string;
  what: string;
  expected: number | string;
  actual: number | string | undefined;
}

export interface CaseOutcome {
  name: string;
  ok: boolean;
  mismatches: CaseMismatch[];
}

function compare(unit: string, expected: ExpectedValues, actual: ScoreResult["units"][number], margin: number): CaseMismatch[] {
  const out: CaseMismatch[] = [];
  const check = (what: string, want: number, got: number | undefined) => {
    if (got === undefined || Math.abs(want - got) > margin) out.push({ unit, what, expected: want, actual: got });
  };
  for (const [code, want] of Object.entries(expected.indicators ?? {}))
    check(`indicator ${code} points`, want, actual.indicators?.[code]?.points);
  for (const [code, want] of Object.entries(expected.indices ?? {})) check(`index ${code} value`, want, actual.indices[code]?.value);
  for (const [id, want] of Object.entries(expected.pillars ?? {})) check(`pillar ${id} value`, want, actual.pillars[id]?.value);
  if (expected.overall !== undefined) check("overall", expected.overall, actual.overall);
  if (expected.rank !== undefined && expected.rank !== actual.rank)
    out.push({ unit, what: "rank", expected: expected.rank, actual: actual.rank });
  return out;
}

/** Runs one case; errors the case did not expect are reported as a mismatch, not thrown. */
export function runCase(goldenCase: GoldenCase, packId: string, score: Scorer): CaseOutcome {
  const units = goldenCase.units ?? [{ code: "CASE", inputs: goldenCase.input ?? {}, expected: goldenCase.expected }];
  const request: ScoreRequest = {
    pack: packId,
    period: goldenCase.period,
    units: units.map((u) => ({ code: u.code, ...(u.name ? { name: u.name } : {}), inputs: u.inputs })),
  };
  let result: ScoreResult;
  try {
    result = score(request, { mode: goldenCase.mode });
  } catch (error) {
    const code = (error as { code?: string }).code ?? "UNKNOWN";
    const ok = goldenCase.error !== undefined && code === goldenCase.error;
    return {
      name: goldenCase.name,
      ok,
      mismatches: ok
        ? []
        : [{ unit: "*", what: "error", expected: goldenCase.error ?? "no error", actual: `${code}: ${(error as Error).message}` }],
    };
  }
  if (goldenCase.error)
    return { name: goldenCase.name, ok: false, mismatches: [{ unit: "*", what: "error", expected: goldenCase.error, actual: "no error" }] };
  const mismatches = units.flatMap((u) => {
    const actual = result.units.find((r) => r.code === u.code);
    if (!actual) return [{ unit: u.code, what: "unit", expected: "present", actual: "absent" }];
    return u.expected ? compare(u.code, u.expected, actual, goldenCase.margin) : [];
  });
  return { name: goldenCase.name, ok: mismatches.length === 0, mismatches };
}

export function formatOutcome(outcome: CaseOutcome): string {
  if (outcome.ok) return `✓ ${outcome.name}`;
  return [`✗ ${outcome.name}`, ...outcome.mismatches.map((m) => `    ${m.unit} ${m.what}: expected ${m.expected}, got ${m.actual}`)].join(
    "\n",
  );
}

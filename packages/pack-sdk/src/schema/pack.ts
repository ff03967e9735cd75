import { z } from "zod";
import { crosswalkInputSchema } from "./crosswalk-inputs";
import { ruleSchema } from "./rules";
import { sensitivitySchema } from "./sensitivity";
import { indexCodeSchema, indicatorCodeSchema, inputIdSchema, localizedTextSchema, packIdSchema, semverSchema } from "./text";

/** The legal act a pack transcribes. */
export const legalBasisSchema = z.object({
  decision: z.string().min(1), // e.g. "922/QĐ-BTTTT"
  date: z.iso.date(),
  issuer: localizedTextSchema,
  title: localizedTextSchema.optional(),
  url: z.url().optional(),
});

/** Where the transcription came from when it is not the decision itself (e.g. a province's appendix). */
export const sourceDocumentSchema = z.object({
  title: localizedTextSchema,
  number: z.string().optional(),
  date: z.iso.date().optional(),
  issuer: localizedTextSchema.optional(),
  note: z.string().optional(),
});

/**
 * What a pack can compute: full = raw inputs → points; indices = main-index values → overall;
 * published = it only describes published values.
 */
export const coverageSchema = z.enum(["full", "indices", "published"]);
export type Coverage = z.infer<typeof coverageSchema>;

export const packMetaSchema = z.object({
  id: packIdSchema,
  version: semverSchema,
  title: localizedTextSchema,
  legalBasis: legalBasisSchema,
  source: sourceDocumentSchema.optional(),
  /** Assessment years the framework applies to (DTI 2022 is assessed in 2023 on 2022 data). */
  years: z.array(z.number().int().min(2000).max(2100)).min(1),
  level: z.enum(["province", "ministry", "national"]),
  /** Semver range of engine versions the pack was written for, e.g. "^0.1.0". */
  engine: z.string().min(1),
  languages: z.array(z.enum(["vi", "en"])).min(1),
  coverage: coverageSchema.default("full"),
});
export type PackMeta = z.infer<typeof packMetaSchema>;

export const unitSchema = z.enum(["count", "boolean", "choice", "billion_vnd", "percent", "number", "text"]);
export type InputUnit = z.infer<typeof unitSchema>;

export const choiceOptionSchema = z.object({
  value: z.string().regex(/^[a-z][a-z0-9_]*$/, "expected a snake_case option value"),
  label: localizedTextSchema,
  /** The option was reconstructed, not read in the source. */
  assumed: z.boolean().optional(),
});

/** A raw figure a province enters. Declared once, used by any number of indicators. */
export const inputSchema = z.object({
  id: inputIdSchema,
  label: localizedTextSchema,
  unit: unitSchema,
  min: z.number().optional(),
  max: z.number().optional(),
  options: z.array(choiceOptionSchema).min(2).optional(),
  /** The general-information item (A1–A20) this input is, so data keyed "A6" fills it. */
  generalInfo: z
    .string()
    .regex(/^A\d+$/)
    .optional(),
  /** A fixed value from the method text (e.g. the 7 required platforms of 3.6); not entered. */
  constant: z.number().optional(),
  description: localizedTextSchema.optional(),
});
export type InputDefinition = z.infer<typeof inputSchema>;

/** The "Thông tin chung" items. */
export const generalInfoItemSchema = z.object({
  code: z.string().regex(/^A\d+$/),
  name: localizedTextSchema,
  unit: unitSchema,
  leadAgency: z.string().nullable().default(null),
});

/** A named part of a main index whose points the sources do not give (e.g. the 2020 pillars' seven parts). */
export const indexComponentSchema = z.object({
  code: z.string().min(1).optional(),
  name: localizedTextSchema,
  maxPoints: z.number().min(0).nullable().default(null),
});

export const mainIndexSchema = z.object({
  code: indexCodeSchema,
  name: localizedTextSchema,
  /** null when the sources do not give it; only packs covering published values alone may say so. */
  maxPoints: z.number().min(0).nullable(),
  group: z.enum(["foundation", "activity", "unscored"]),
  components: z.array(indexComponentSchema).optional(),
  notes: z.string().optional(),
  /** Where the index and its points come from, when not the decision itself. */
  source: z.string().optional(),
});

export const pillarSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: localizedTextSchema,
  /** Index codes whose points and max points are summed: value = Σ points / Σ max. */
  indices: z.array(indexCodeSchema).min(1),
});

/** Where an indicator's value for an input sits in the official notation: "3.3.a" ↔ households_with_fiber. */
export const indicatorInputSchema = z.object({
  /** Letter of the method text ("a", "b", "a1"); omitted when the indicator has one yes/no or choice. */
  address: z
    .string()
    .regex(/^[a-z][a-z0-9]*$/)
    .optional(),
  input: inputIdSchema,
});

/**
 * What a provisional indicator is unsure of, in words an officer can read (the `reason` is the pack
 * developer's transcription note, often quoting OCR noise):
 * - points: the maximum points (or an option's/part's share of them) are inferred, not legible;
 * - rule: the scoring rule or method text is reconstructed or its kind chosen among readings;
 * - band: a threshold or level band is reconstructed (e.g. '>' read as '≥', a garbled middle band);
 * - cohort: the score is relative to every province's data and the formula is not stated;
 * - name: only the wording of the name is restored; scoring is unaffected.
 */
export const provisionalAspects = ["points", "rule", "band", "cohort", "name"] as const;
export const provisionalAspectSchema = z.enum(provisionalAspects);
export type ProvisionalAspect = z.infer<typeof provisionalAspectSchema>;

export const provisionalSchema = z.object({
  /** The developer's note: what the sources show and how it was read (English, may quote OCR). */
  reason: z.string().min(1),
  /** What is uncertain, most important first; officers see a short localized note per aspect. */
  aspect: z.array(provisionalAspectSchema).min(1).optional(),
  /** An optional short note for officers, beside the per-aspect notes. */
  note: localizedTextSchema.optional(),
});
export type ProvisionalDefinition = z.infer<typeof provisionalSchema>;

export const indicatorSchema = z.object({
  code: indicatorCodeSchema,
  index: indexCodeSchema,
  /** For sub-indicators (5.12.1 under 5.12). */
  parent: indicatorCodeSchema.optional(),
  name: localizedTextSchema,
  /** null when the sources do not give it (packs that do not score raw inputs only). */
  maxPoints: z.number().min(0).nullable(),
  inputs: z.array(indicatorInputSchema),
  rule: ruleSchema,
  /** The official "Cách xác định và tính điểm" text. */
  method: localizedTextSchema,
  leadAgency: z.string().nullable(),
  cooperatingAgencies: z.array(z.string()),
  evidence: localizedTextSchema.optional(),
  provisional: provisionalSchema.optional(),
  notes: z.string().optional(),
  /** Where the indicator is known from, when not the decision itself (a province's plan, a news report). */
  source: z.string().optional(),
});
export type IndicatorDefinition = z.infer<typeof indicatorSchema>;

export const aggregationSchema = z.object({
  /** overall = Σ points / Σ max over every scored index. */
  overall: z.literal("points_over_max").default("points_over_max"),
  pillars: z.array(pillarSchema).default([]),
  /** Decimals published values are rounded to; equal rounded values share a rank (1, 2, 2, 4). */
  precision: z.number().int().min(0).max(10).default(4),
  /** The framework's total points (1000), checked against the sum of the indices. */
  totalPoints: z.number().positive().optional(),
});

export const agencySchema = z.object({
  code: z.string().min(1),
  name: localizedTextSchema,
});

/**
 * How the codes of an earlier pack map to this one's: the same, renamed, split (1 → N), merged
 * (N → 1), changed (same code, different rule or weight), new, removed; N-to-N where needed.
 */
export const crosswalkRelationSchema = z.enum(["same", "renamed", "changed", "split", "merged", "new", "removed"]);
export type CrosswalkRelation = z.infer<typeof crosswalkRelationSchema>;

export const crosswalkMappingSchema = z
  .object({
    from: z.array(z.string().min(1)),
    to: z.array(z.string().min(1)),
    relation: crosswalkRelationSchema,
    note: z.string().optional(),
  })
  .refine(
    (m) =>
      m.relation === "new"
        ? m.from.length === 0 && m.to.length > 0
        : m.relation === "removed"
          ? m.to.length === 0 && m.from.length > 0
          : m.from.length > 0 && m.to.length > 0,
    {
      message: "new maps nothing to codes, removed maps codes to nothing, every other relation maps codes to codes",
    },
  );
export type CrosswalkMapping = z.infer<typeof crosswalkMappingSchema>;

export const crosswalkSchema = z.object({
  /** The earlier pack this one is compared with. */
  from: packIdSchema,
  note: z.string().optional(),
  pillars: z.array(crosswalkMappingSchema).default([]),
  indices: z.array(crosswalkMappingSchema).default([]),
  indicators: z.array(crosswalkMappingSchema).default([]),
  /** Input by input, how this pack's inputs are filled from the earlier pack's data (see crosswalk-inputs.ts). */
  inputs: z.array(crosswalkInputSchema).optional(),
});
export type Crosswalk = z.infer<typeof crosswalkSchema>;

export const packSchema = z.object({
  meta: packMetaSchema,
  agencies: z.array(agencySchema).default([]),
  generalInfo: z.array(generalInfoItemSchema).default([]),
  inputs: z.array(inputSchema),
  indices: z.array(mainIndexSchema).min(1),
  indicators: z.array(indicatorSchema),
  aggregation: aggregationSchema,
  crosswalks: z.array(crosswalkSchema).default([]),
  /** Alternatives the methodology debates, for rank sensitivity (see sensitivity.ts). */
  sensitivity: sensitivitySchema.optional(),
});

/** A pack as authored (defaults not yet applied). */
export type PackDefinition = z.input<typeof packSchema>;
/** A pack after parsing: every default filled in. This is what the engine runs and what a bundle holds. */
export type Pack = z.output<typeof packSchema>;
export type MainIndex = z.infer<typeof mainIndexSchema>;
export type Pillar = z.infer<typeof pillarSchema>;
export type GeneralInfoItem = z.infer<typeof generalInfoItemSchema>;
export type Agency = z.infer<typeof agencySchema>;

/** A built bundle: the parsed pack plus the format version, as `dti pack build` writes it. */
export const bundleSchema = z.object({
  format: z.literal("dti-pack-bundle@1"),
  pack: packSchema,
});
export type Bundle = z.infer<typeof bundleSchema>;

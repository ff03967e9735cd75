import { z } from "zod";

/** Text in Vietnamese (required, with diacritics) and English (optional second language). */
export const localizedTextSchema = z.object({
  vi: z.string().min(1, "Vietnamese text is required"),
  en: z.string().min(1).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Codes, ids and addresses share these shapes so that every file that names them agrees. */
export const packIdSchema = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "expected a kebab-case id such as dti-province-2022");
export const inputIdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, "expected a snake_case input id such as households_total");
export const indicatorCodeSchema = z.string().regex(/^\d+(?:\.\d+)+$/, "expected an official indicator code such as 3.3 or 5.12.1");
export const indexCodeSchema = z.string().regex(/^[A-Z][A-Z0-9]*$/, "expected an index code in capitals such as I, VIII or CQS");
export const semverSchema = z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, "expected a semantic version such as 1.0.0");

import type { z } from "zod";

/**
 * Whether typed outputs are parsed against their schema: under the test runner (VITEST) and when
 * DTI_CHECK_OUTPUTS=1, not in production.
 */
export const CHECK_OUTPUTS = Boolean(process.env.VITEST) || process.env.DTI_CHECK_OUTPUTS === "1";

/**
 * The output of a procedure whose answer is built by our own code and is large: typed by its schema
 * (the web reads the type), but not parsed on every response. Parsing the scorecard's 80 kB answer
 * (a hundred indicators, each with its explanation) cost more CPU than scoring it. Tests parse every
 * answer (CHECK_OUTPUTS), and a test checks that parsing changes nothing (no field is stripped: the
 * answer holds exactly what the schema says). Use only where the answer cannot carry fields that
 * must be stripped (never for rows read from the database as they are, e.g. users).
 */
export function trustedOutput<S extends z.ZodType>(schema: S, check = CHECK_OUTPUTS): (value: unknown) => z.output<S> {
  return check ? (value) => schema.parse(value) : (value) => value as z.output<S>;
}

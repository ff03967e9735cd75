import { ApiError } from "./errors";

/** A NUL character or a UTF-16 surrogate without its pair: text PostgreSQL cannot store (nor JSON carry safely). */
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Nesting beyond this is refused before anything else looks at the input (no schema of ours is deeper than ~8). */
export const MAX_INPUT_DEPTH = 64;

export interface UnsafeString {
  path: string;
  message: string;
}

/**
 * The first string (value or key) of a parsed input that holds a NUL or a lone surrogate, or the
 * first place nested deeper than MAX_INPUT_DEPTH; undefined when the input is clean. Walks with its
 * own stack: a hostile, deeply nested body cannot overflow the call stack.
 */
export function findUnsafeString(input: unknown): UnsafeString | undefined {
  const stack: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      if (UNSAFE.test(value)) return { path: path.join(".") || "(input)", message: problem(value) };
      continue;
    }
    if (typeof value !== "object" || value === null || value instanceof Uint8Array) continue;
    if (path.length >= MAX_INPUT_DEPTH)
      return { path: path.join(".") || "(input)", message: `nested deeper than ${MAX_INPUT_DEPTH} levels` };
    for (const [key, child] of Object.entries(value)) {
      if (UNSAFE.test(key)) return { path: [...path, "(key)"].join("."), message: problem(key) };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}

function problem(text: string): string {
  return text.includes("\u0000") ? "contains a NUL character (\\u0000)" : "contains an unpaired UTF-16 surrogate (not valid Unicode)";
}

/** Throws VALIDATION_FAILED naming the field when the input holds text that cannot be stored. */
export function assertSafeStrings(input: unknown, what = "input"): void {
  const found = findUnsafeString(input);
  if (!found) return;
  throw new ApiError("VALIDATION_FAILED", `${what} is not valid: ${found.path}: ${found.message}`, {
    fields: [{ path: found.path, message: found.message, expected: "text without NUL characters or unpaired surrogates" }],
  });
}

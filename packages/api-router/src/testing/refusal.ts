import type { ApiError } from "../errors";
import { toApiError } from "../translate";

/**
 * The coded error a call was refused with, as a client would get it: tRPC's caller wraps the
 * ApiError (or the input's ZodError) as the cause, and the server translates it with toApiError.
 * Fails the test when the call succeeds, and rethrows an unexpected error (INTERNAL) as it is, so
 * its stack is not lost.
 */
export async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    const coded = toApiError(cause ?? error);
    if (coded.code === "INTERNAL") throw error;
    return coded;
  }
  throw new Error("expected the call to be refused");
}

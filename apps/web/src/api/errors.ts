import { TRPCClientError } from "@trpc/client";

export interface ApiErrorInfo {
  code: string;
  message: string;
  fields: { path: string; message: string; expected?: string }[];
  details?: Record<string, unknown>;
}

/** The server's coded error (`error.data.apiError`), or a NETWORK / UNKNOWN stand-in. */
export function apiErrorOf(error: unknown): ApiErrorInfo {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<never>).data as { apiError?: ApiErrorInfo } | undefined;
    if (data?.apiError) return data.apiError;
    if (error.cause instanceof TypeError || /fetch|network/i.test(error.message))
      return { code: "NETWORK", message: error.message, fields: [] };
    return { code: "UNKNOWN", message: error.message, fields: [] };
  }
  if (error instanceof HttpError) return error.info;
  if (error instanceof TypeError) return { code: "NETWORK", message: error.message, fields: [] };
  return { code: "UNKNOWN", message: error instanceof Error ? error.message : String(error), fields: [] };
}

/** An error answer of the plain HTTP routes (evidence upload): `{ error: { code, message, fields } }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly info: ApiErrorInfo,
  ) {
    super(info.message);
    this.name = "HttpError";
  }
}

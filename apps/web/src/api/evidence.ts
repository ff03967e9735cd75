import { getCsrfToken } from "./client";
import { HttpError, type ApiErrorInfo } from "./errors";
import type { RouterOutputs } from "./client";

export type Evidence = RouterOutputs["evidence"]["list"][number];

/** Evidence files go over plain HTTP (multipart), with the session's CSRF token like every change. */
export async function uploadEvidence(input: {
  assessmentId: string;
  indicatorCode: string;
  file: File;
}): Promise<Evidence & { created: boolean }> {
  const form = new FormData();
  form.append("assessmentId", input.assessmentId);
  form.append("indicatorCode", input.indicatorCode);
  form.append("file", input.file, input.file.name);
  const token = getCsrfToken();
  const response = await fetch("/api/evidence", {
    method: "POST",
    body: form,
    credentials: "same-origin",
    headers: token ? { "x-csrf-token": token } : {},
  });
  const body = (await response.json().catch(() => null)) as { error?: ApiErrorInfo } | (Evidence & { created: boolean }) | null;
  if (!response.ok)
    throw new HttpError(
      response.status,
      body && "error" in body && body.error ? body.error : { code: "UNKNOWN", message: `HTTP ${response.status}`, fields: [] },
    );
  return body as Evidence & { created: boolean };
}

export function evidenceUrl(id: string): string {
  return `/api/evidence/${encodeURIComponent(id)}`;
}

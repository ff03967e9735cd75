import { asciiFileName } from "@dti/conventions";
import { addEvidence, ApiError, createContext, DEFAULT_SETTINGS, evidenceFile, fromZod, type CreateContextOptions } from "@dti/api-router";
import { evidenceUploadFieldsSchema } from "@dti/contracts";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { noFilePart, readUpload } from "../uploads";

function signedIn(request: FastifyRequest, context: Omit<CreateContextOptions, "user" | "session" | "request" | "cookies">) {
  // The CSRF header was checked by the host for this non-GET route; tRPC callers check it again.
  const csrf = request.headers["x-csrf-token"];
  const ctx = createContext({
    ...context,
    session: request.session,
    request: { ip: request.ip, csrfHeader: Array.isArray(csrf) ? csrf[0] : csrf },
  });
  if (!ctx.user) throw new ApiError("UNAUTHENTICATED", "sign in first");
  return ctx as typeof ctx & { user: NonNullable<typeof ctx.user> };
}

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name (Vietnamese file names survive). */
function contentDisposition(fileName: string): string {
  const ascii = asciiFileName(fileName);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Evidence files travel as files, not JSON: `POST /api/evidence` (multipart: `assessmentId`,
 * `indicatorCode`, then one `file` part; CSRF header required) and `GET /api/evidence/:id`.
 * The size limit is enforced while the upload streams; the type is found from the content.
 */
export function registerEvidenceRoutes(
  app: FastifyInstance,
  context: Omit<CreateContextOptions, "user" | "session" | "request" | "cookies">,
): void {
  app.post("/api/evidence", async (request, reply) => {
    const ctx = signedIn(request, context);
    const { fields, file } = await readUpload(request, {
      expected: "send the file as multipart/form-data with fields assessmentId, indicatorCode and a file part",
      maxFileBytes: context.settings?.evidenceMaxBytes ?? DEFAULT_SETTINGS.evidenceMaxBytes,
    });
    const parsed = evidenceUploadFieldsSchema.safeParse(fields);
    if (!parsed.success) throw fromZod(parsed.error, "form fields");
    if (!file) throw noFilePart();
    const stored = await addEvidence(ctx, { ...parsed.data, fileName: file.name, bytes: new Uint8Array(file.bytes) });
    return reply.status(stored.created ? 201 : 200).send(stored);
  });

  app.get<{ Params: { id: string } }>("/api/evidence/:id", async (request, reply) => {
    const ctx = signedIn(request, context);
    const file = await evidenceFile(ctx, request.params.id);
    return reply
      .header("content-type", file.mediaType)
      .header("content-disposition", contentDisposition(file.fileName))
      .header("x-content-type-options", "nosniff")
      .header("content-security-policy", "default-src 'none'; sandbox")
      .header("cache-control", "private, no-store")
      .send(Buffer.from(file.content));
  });
}

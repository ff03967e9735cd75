import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { isDbError, toDbError } from "../errors";
import { insertTestUser, testBackends, testPackContent, uniqueId, useRepositories } from "../testing/index";
import { SYSTEM_ACTOR } from "./transaction";

describe.each(testBackends())("packs on %s", (kind) => {
  const ctx = useRepositories(kind);
  const register = (status: "draft" | "active" = "active", content = testPackContent()) =>
    ctx.repos.packs.register({ content, hash: `sha256:${uniqueId("h")}`, source: "uploaded", status }, SYSTEM_ACTOR);
  const auditOf = (id: string) => ctx.repos.audit.list({ entity: "pack", entityId: id });

  it("stores a pack with its meta, and the same hash again returns the stored row without writing", async () => {
    const userId = await insertTestUser(ctx.database.db);
    const content = testPackContent();
    const hash = `sha256:${uniqueId("h")}`;
    const first = await ctx.repos.packs.register({ content, hash, source: "uploaded", status: "draft" }, { userId });
    expect(first.created).toBe(true);
    expect(first.pack).toMatchObject({
      packId: content.meta.id,
      version: "1.0.0",
      hash,
      titleVi: content.meta.title.vi,
      years: [2022],
      coverage: "full",
      source: "uploaded",
      status: "draft",
      uploadedBy: userId,
      pinnedAt: null,
    });
    expect(first.pack.content).toEqual(content);
    const again = await ctx.repos.packs.register({ content, hash, source: "uploaded", status: "draft" }, { userId });
    expect(again).toMatchObject({ created: false, pack: { id: first.pack.id } });
    const audit = await auditOf(first.pack.id);
    expect(audit.entries.map((e) => e.action)).toEqual(["pack.register"]);
    expect(audit.entries[0]!.actorId).toBe(userId);
  });

  it("refuses the same id and version with another hash, and content without meta", async () => {
    const content = testPackContent();
    await ctx.repos.packs.register({ content, hash: `sha256:${uniqueId("h")}`, source: "installed", status: "active" }, SYSTEM_ACTOR);
    const error = await ctx.repos.packs
      .register({ content, hash: `sha256:${uniqueId("h")}`, source: "installed", status: "active" }, SYSTEM_ACTOR)
      .catch((e: unknown) => e);
    expect(isDbError(error, "ALREADY_EXISTS")).toBe(true);
    expect((error as Error).message).toContain(content.meta.id);
    await expect(
      ctx.repos.packs.register({ content: { indicators: [] }, hash: "sha256:x", source: "installed", status: "active" }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("lists without content, finds by id and version or hash, and names what it cannot find", async () => {
    const { pack } = await register("draft");
    const drafts = await ctx.repos.packs.list({ status: "draft" });
    expect(drafts.map((p) => p.id)).toContain(pack.id);
    expect(drafts.every((p) => p.status === "draft" && !("content" in p))).toBe(true);
    expect((await ctx.repos.packs.findByIdVersion(pack.packId, "1.0.0"))?.id).toBe(pack.id);
    expect(await ctx.repos.packs.findByIdVersion(pack.packId, "9.9.9")).toBeUndefined();
    expect((await ctx.repos.packs.getByHash(pack.hash))?.id).toBe(pack.id);
    expect(await ctx.repos.packs.getByHash("sha256:none")).toBeUndefined();
    await expect(ctx.repos.packs.get("00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ctx.repos.packs.get("not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND", message: "pack not-a-uuid not found" });
  });

  it("activates a draft once", async () => {
    const { pack } = await register("draft");
    expect((await ctx.repos.packs.activate(pack.id, SYSTEM_ACTOR)).status).toBe("active");
    expect((await ctx.repos.packs.activate(pack.id, SYSTEM_ACTOR)).status).toBe("active");
    expect((await auditOf(pack.id)).entries.map((e) => e.action)).toEqual(["pack.activate", "pack.register"]);
  });

  it("pins once; a pinned pack can then never change or be deleted (PACK_PINNED, from the trigger)", async () => {
    const { pack } = await register();
    const pinned = await ctx.repos.packs.pin(pack.id, SYSTEM_ACTOR);
    expect(pinned.pinnedAt).toBeInstanceOf(Date);
    expect((await ctx.repos.packs.pin(pack.id, SYSTEM_ACTOR)).pinnedAt).toEqual(pinned.pinnedAt);
    expect((await auditOf(pack.id)).entries.map((e) => e.action)).toEqual(["pack.pin", "pack.register"]);

    await expect(ctx.repos.packs.remove(pack.id, SYSTEM_ACTOR)).rejects.toMatchObject({ code: "PACK_PINNED" });
    const raw = await ctx.database.db
      .updateTable("packs")
      .set({ content: '{"changed":true}' })
      .where("id", "=", pack.id)
      .execute()
      .catch((e: unknown) => e);
    expect(toDbError(raw)).toMatchObject({ code: "PACK_PINNED" });
    const rawHash = await sql`update packs set hash = 'sha256:forged' where id = ${pack.id}`
      .execute(ctx.database.db)
      .catch((e: unknown) => e);
    expect(toDbError(rawHash)).toMatchObject({ code: "PACK_PINNED" });
    expect((await ctx.repos.packs.get(pack.id)).content).toEqual(pack.content);
    // Activation is not a change of the rules: allowed on a pinned pack.
    await expect(ctx.repos.packs.activate(pack.id, SYSTEM_ACTOR)).resolves.toMatchObject({ status: "active" });
  });

  it("removes an unused draft; a pack an assessment uses is IN_USE", async () => {
    const { pack } = await register("draft");
    await ctx.repos.packs.remove(pack.id, SYSTEM_ACTOR);
    await expect(ctx.repos.packs.get(pack.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await auditOf(pack.id)).entries[0]).toMatchObject({ action: "pack.remove", before: { packId: pack.packId, hash: pack.hash } });

    const used = (await register()).pack;
    const unitId = uniqueId("unit");
    await ctx.repos.units.seed(
      [{ id: unitId, code: unitId, name: unitId, shortName: unitId, region: "r", validFrom: "2008-08-01" }],
      [],
      SYSTEM_ACTOR,
    );
    await ctx.repos.assessments.create({ unitId, period: 2022, packRowId: used.id }, SYSTEM_ACTOR);
    await expect(ctx.repos.packs.remove(used.id, SYSTEM_ACTOR)).rejects.toMatchObject({ code: "IN_USE" });
  });
});

import { describe, expect, it } from "vitest";
import { testBackends, uniqueId, useRepositories } from "../testing/index";
import { createSessionsRepository } from "./sessions";
import { SYSTEM_ACTOR } from "./transaction";

describe.each(testBackends())("sessions on %s", (kind) => {
  const ctx = useRepositories(kind);
  const newUser = () =>
    ctx.repos.users.seed({
      email: `${uniqueId("s")}@example.test`,
      displayName: "S",
      passwordHash: "h",
      role: "national_admin",
      unitId: null,
      agency: null,
    });

  it("stores a session, finds it with its account, moves its expiry and deletes it", async () => {
    const user = await newUser();
    const expiresAt = new Date(Date.now() + 60_000);
    const id = uniqueId("session");
    await ctx.repos.sessions.create({ id, userId: user.id, csrfToken: "csrf", expiresAt });
    expect(await ctx.repos.sessions.findWithUser(id)).toEqual({ session: { id, userId: user.id, csrfToken: "csrf", expiresAt }, user });
    const later = new Date(Date.now() + 3_600_000);
    await ctx.repos.sessions.setExpiry(id, later);
    expect((await ctx.repos.sessions.findWithUser(id))!.session.expiresAt).toEqual(later);
    await ctx.repos.sessions.delete(id);
    expect(await ctx.repos.sessions.findWithUser(id)).toBeUndefined();
  });

  it("finds the session of a disabled account with its disabledAt (the API refuses it)", async () => {
    const user = await newUser();
    const id = uniqueId("session");
    await ctx.repos.sessions.create({ id, userId: user.id, csrfToken: "c", expiresAt: new Date(Date.now() + 60_000) });
    await ctx.repos.users.setDisabled(user.id, true, SYSTEM_ACTOR);
    expect((await ctx.repos.sessions.findWithUser(id))!.user.disabledAt).toBeInstanceOf(Date);
  });

  it("closes every session of one account, in the caller's transaction", async () => {
    const [a, b] = [await newUser(), await newUser()];
    const ids = [uniqueId("s"), uniqueId("s"), uniqueId("s")];
    const expiresAt = new Date(Date.now() + 60_000);
    await ctx.repos.sessions.create({ id: ids[0]!, userId: a.id, csrfToken: "c", expiresAt });
    await ctx.repos.sessions.create({ id: ids[1]!, userId: a.id, csrfToken: "c", expiresAt });
    await ctx.repos.sessions.create({ id: ids[2]!, userId: b.id, csrfToken: "c", expiresAt });
    await expect(
      ctx.repos.transaction(async (trx) => {
        await ctx.repos.sessions.deleteOfUser(a.id, trx);
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await ctx.repos.sessions.findWithUser(ids[0]!)).toBeDefined();
    await ctx.repos.sessions.deleteOfUser(a.id);
    expect(await ctx.repos.sessions.findWithUser(ids[0]!)).toBeUndefined();
    expect(await ctx.repos.sessions.findWithUser(ids[1]!)).toBeUndefined();
    expect(await ctx.repos.sessions.findWithUser(ids[2]!)).toBeDefined();
  });

  it("with cacheMs, reuses a read for that long; closing through the same repository is seen at once, through another within cacheMs", async () => {
    const user = await newUser();
    const cached = createSessionsRepository(ctx.database.db, { cacheMs: 300 });
    const other = createSessionsRepository(ctx.database.db);
    const [a, b, c] = [uniqueId("session"), uniqueId("session"), uniqueId("session")];
    for (const id of [a, b, c]) await other.create({ id, userId: user.id, csrfToken: "csrf", expiresAt: new Date(Date.now() + 60_000) });
    for (const id of [a, b, c]) expect(await cached.findWithUser(id)).toBeDefined();

    // Closed by this repository: forgotten at once (sign-out; account disabled or password changed).
    await cached.delete(a);
    expect(await cached.findWithUser(a)).toBeUndefined();
    // Expiry moved by this repository: the kept read follows.
    const later = new Date(Date.now() + 3_600_000);
    await cached.setExpiry(c, later);
    expect((await cached.findWithUser(c))!.session.expiresAt).toEqual(later);

    // Closed by another process: the kept read serves until cacheMs has passed, then it is gone.
    await other.deleteOfUser(user.id);
    expect(await cached.findWithUser(b)).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await cached.findWithUser(b)).toBeUndefined();
    expect(await cached.findWithUser(c)).toBeUndefined();
  });

  it("with cacheMs, closing every session of an account forgets them all at once", async () => {
    const user = await newUser();
    const cached = createSessionsRepository(ctx.database.db, { cacheMs: 60_000 });
    const ids = [uniqueId("session"), uniqueId("session")];
    for (const id of ids) await cached.create({ id, userId: user.id, csrfToken: "csrf", expiresAt: new Date(Date.now() + 60_000) });
    for (const id of ids) expect(await cached.findWithUser(id)).toBeDefined();
    await cached.deleteOfUser(user.id);
    for (const id of ids) expect(await cached.findWithUser(id)).toBeUndefined();
  });
});

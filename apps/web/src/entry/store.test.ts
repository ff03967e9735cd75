import type { InputDefinition } from "@dti/pack-sdk/model";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { apiErrorOf } from "../api/errors";
import { EntryStore, type SaveInput, type StoredValue } from "./store";
import { fromText, toText } from "./values";

const households: InputDefinition = { id: "households_total", label: { vi: "Tổng số hộ" }, unit: "count", min: 0 };
const leader: InputDefinition = { id: "leader_chairs", label: { vi: "Chủ trì" }, unit: "boolean" };
const level: InputDefinition = {
  id: "portal_status",
  label: { vi: "Trạng thái" },
  unit: "choice",
  options: [
    { value: "none", label: { vi: "Chưa có" } },
    { value: "weekly", label: { vi: "Hằng tuần" } },
  ],
};
const inputs = new Map([households, leader, level].map((i) => [i.id, i]));

/** A fake server: versions per input, refusing a stale expectedVersion like the API (CONFLICT with the current value). */
function fakeServer(initial: StoredValue[] = []) {
  const rows = new Map(initial.map((v) => [v.inputId, { ...v }]));
  const calls: Parameters<SaveInput>[0][] = [];
  const save: SaveInput = async (input) => {
    calls.push(input);
    const now = rows.get(input.inputId);
    if ((now?.version ?? null) !== input.expectedVersion) {
      throw Object.assign(new Error("conflict"), {
        apiError: {
          code: "CONFLICT",
          message: "stale",
          fields: [],
          details: {
            current: now ? { value: now.value, version: now.version, updatedBy: "u2", updatedAt: "2025-07-01T08:00:00.000Z" } : null,
          },
        },
      });
    }
    const next = {
      inputId: input.inputId,
      value: input.value,
      version: (now?.version ?? 0) + 1,
      ...(input.source !== undefined ? { source: input.source } : now?.source !== undefined ? { source: now.source } : {}),
    };
    rows.set(input.inputId, next);
    return next;
  };
  return {
    rows,
    calls,
    save,
    otherPersonSets: (inputId: string, value: StoredValue["value"]) =>
      rows.set(inputId, { inputId, value, version: (rows.get(inputId)?.version ?? 0) + 1 }),
  };
}

const errorOf = (e: unknown) => (e as { apiError?: ReturnType<typeof apiErrorOf> }).apiError ?? apiErrorOf(e);

describe("values typed by officers", () => {
  it("reads counts, yes/no and choices with their rules", () => {
    expect(fromText("1.234", households, "vi")).toEqual({ ok: true, value: 1234 });
    expect(fromText("12,5", households, "vi")).toEqual({ ok: false, problem: { key: "entry.invalid.integer" } });
    expect(fromText("-1", households, "vi")).toMatchObject({ ok: false, problem: { key: "entry.invalid.min" } });
    expect(fromText("true", leader, "vi")).toEqual({ ok: true, value: true });
    expect(fromText("monthly", level, "vi")).toMatchObject({ ok: false, problem: { key: "entry.invalid.choice" } });
    expect(fromText("", households, "vi")).toEqual({ ok: true, value: null });
    expect(toText(640000, households, "vi")).toBe("640.000");
    expect(toText(false, leader, "vi")).toBe("false");
  });
});

describe("EntryStore: autosave on expectedVersion", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves after the pause in typing, based on the version it saw, once", async () => {
    const server = fakeServer([{ inputId: "households_total", value: 500, version: 3 }]);
    const store = new EntryStore({ inputs, initial: [...server.rows.values()], save: server.save, lang: "vi", errorOf, debounceMs: 500 });
    store.edit("households_total", "6");
    store.edit("households_total", "64");
    store.edit("households_total", "640.000");
    expect(store.get("households_total")?.status).toBe("pending");
    await vi.advanceTimersByTimeAsync(600);
    expect(server.calls).toEqual([{ inputId: "households_total", value: 640000, expectedVersion: 3 }]);
    expect(store.get("households_total")).toMatchObject({ status: "saved", saved: 640000, version: 4 });
    expect(store.unsaved()).toEqual([]);
  });

  it("saves the source note with the value, on the version it saw, and keeps the note when only the value changes", async () => {
    const server = fakeServer([{ inputId: "households_total", value: 500, version: 3, source: "Cục Thống kê" }]);
    const store = new EntryStore({ inputs, initial: [...server.rows.values()], save: server.save, lang: "vi", errorOf });
    expect(store.get("households_total")).toMatchObject({ note: "Cục Thống kê", savedNote: "Cục Thống kê" });
    store.editNote("households_total", "  Sở TTTT, báo cáo 12/2022 ");
    expect(store.get("households_total")?.status).toBe("pending");
    await store.flush("households_total");
    expect(server.calls).toEqual([{ inputId: "households_total", value: 500, expectedVersion: 3, source: "Sở TTTT, báo cáo 12/2022" }]);
    store.edit("households_total", "640.000", { immediate: true });
    await vi.advanceTimersByTimeAsync(10);
    expect(server.calls[1]).toEqual({ inputId: "households_total", value: 640000, expectedVersion: 4 });
    expect(store.unsaved()).toEqual([]);
  });

  it("does not send invalid text, and says why", async () => {
    const server = fakeServer();
    const store = new EntryStore({ inputs, initial: [], save: server.save, lang: "vi", errorOf });
    store.edit("households_total", "nhiều");
    await vi.advanceTimersByTimeAsync(2000);
    expect(server.calls).toEqual([]);
    expect(store.get("households_total")).toMatchObject({ status: "invalid", invalid: { key: "entry.invalid.number" } });
    expect(store.unsaved()).toEqual(["households_total"]);
  });

  it("saves a choice at once", async () => {
    const server = fakeServer();
    const store = new EntryStore({ inputs, initial: [], save: server.save, lang: "vi", errorOf });
    store.edit("leader_chairs", "true", { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toEqual([{ inputId: "leader_chairs", value: true, expectedVersion: null }]);
  });

  it("sends what was typed during a save right after it, on the new version", async () => {
    const server = fakeServer();
    const store = new EntryStore({ inputs, initial: [], save: server.save, lang: "vi", errorOf, debounceMs: 100 });
    store.edit("households_total", "100");
    await vi.advanceTimersByTimeAsync(100); // first save in flight (resolves in a microtask)
    store.edit("households_total", "200");
    await vi.advanceTimersByTimeAsync(500);
    expect(server.calls.map((c) => [c.value, c.expectedVersion])).toEqual([
      [100, null],
      [200, 1],
    ]);
    expect(store.get("households_total")).toMatchObject({ status: "saved", saved: 200, version: 2 });
  });

  it("on a conflict keeps the officer's text beside the other person's value, and overwrites only when told", async () => {
    const server = fakeServer([{ inputId: "households_total", value: 500, version: 1 }]);
    const store = new EntryStore({ inputs, initial: [...server.rows.values()], save: server.save, lang: "vi", errorOf });
    server.otherPersonSets("households_total", 600); // version 2, unseen by this page
    store.edit("households_total", "650");
    await store.flush("households_total");
    const field = store.get("households_total")!;
    expect(field.status).toBe("conflict");
    expect(field.text).toBe("650");
    expect(field.conflict).toMatchObject({ value: 600, version: 2, updatedBy: "u2" });
    expect(server.rows.get("households_total")?.value).toBe(600);
    expect(store.unsaved()).toEqual(["households_total"]);

    // Typing more keeps the conflict open (nothing is sent) and the text the officer typed.
    store.edit("households_total", "655");
    await vi.advanceTimersByTimeAsync(2000);
    expect(server.calls).toHaveLength(1);

    store.resolve("households_total", "mine");
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.at(-1)).toEqual({ inputId: "households_total", value: 655, expectedVersion: 2 });
    expect(server.rows.get("households_total")).toMatchObject({ value: 655, version: 3 });
    expect(store.get("households_total")).toMatchObject({ status: "saved" });
  });

  it("taking the other person's value replaces the text and sends nothing", async () => {
    const server = fakeServer([{ inputId: "households_total", value: 500, version: 1 }]);
    const store = new EntryStore({ inputs, initial: [...server.rows.values()], save: server.save, lang: "vi", errorOf });
    server.otherPersonSets("households_total", 600);
    store.edit("households_total", "650");
    await store.flush("households_total");
    store.resolve("households_total", "theirs");
    expect(store.get("households_total")).toMatchObject({ status: "saved", text: "600", saved: 600, version: 2 });
    expect(server.calls).toHaveLength(1);
  });

  it("keeps the text after any other failure and retries on request", async () => {
    let fail = true;
    const save: SaveInput = async (input) => {
      if (fail) throw Object.assign(new Error("down"), { apiError: { code: "NETWORK", message: "down", fields: [] } });
      return { inputId: input.inputId, value: input.value, version: 1 };
    };
    const store = new EntryStore({ inputs, initial: [], save, lang: "vi", errorOf });
    store.edit("households_total", "42", { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.get("households_total")).toMatchObject({ status: "error", text: "42", error: { code: "NETWORK" } });
    fail = false;
    store.retry("households_total");
    await vi.advanceTimersByTimeAsync(0);
    expect(store.get("households_total")).toMatchObject({ status: "saved", saved: 42 });
  });

  it("keeps unsaved text in the draft storage and types it again after a reload", async () => {
    let kept: Record<string, string> = {};
    const drafts = { load: () => kept, save: (d: Record<string, string>) => void (kept = d) };
    const failing: SaveInput = async () => {
      throw Object.assign(new Error("expired"), { apiError: { code: "UNAUTHENTICATED", message: "sign in first", fields: [] } });
    };
    const first = new EntryStore({
      inputs,
      initial: [{ inputId: "households_total", value: 500, version: 1 }],
      save: failing,
      lang: "vi",
      errorOf,
      drafts,
    });
    first.edit("households_total", "640.000", { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(kept).toEqual({ households_total: "640.000" });

    // Signed in again, the page reloads: the text is back and saved on the stored version.
    const server = fakeServer([{ inputId: "households_total", value: 500, version: 1 }]);
    const second = new EntryStore({ inputs, initial: [...server.rows.values()], save: server.save, lang: "vi", errorOf, drafts });
    expect(second.get("households_total")).toMatchObject({ text: "640.000", status: "pending" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toEqual([{ inputId: "households_total", value: 640000, expectedVersion: 1 }]);
    expect(kept).toEqual({});
  });
});

describe("keyboard entry and clearing", () => {
  it("holds a value chosen with the arrow keys until the field is left: one save, of the last option", async () => {
    const server = fakeServer();
    const store = new EntryStore({ inputs, initial: [], save: server.save, lang: "vi", errorOf, debounceMs: 5 });
    store.edit("portal_status", "none", { hold: true });
    store.edit("portal_status", "weekly", { hold: true });
    await new Promise((r) => setTimeout(r, 30));
    expect(server.calls).toEqual([]);
    expect(store.unsaved()).toEqual(["portal_status"]);
    await store.flush("portal_status");
    expect(server.calls).toEqual([{ inputId: "portal_status", value: "weekly", expectedVersion: null }]);
  });

  it("asks before clearing a stored value; cancelling puts the value back and sends nothing", async () => {
    const server = fakeServer([{ inputId: "households_total", value: 640000, version: 1 }]);
    const asked: string[] = [];
    let answer = false;
    const store = new EntryStore({
      inputs,
      initial: [{ inputId: "households_total", value: 640000, version: 1 }],
      save: server.save,
      lang: "vi",
      errorOf,
      debounceMs: 5,
      confirmClear: (id) => {
        asked.push(id);
        return answer;
      },
    });
    store.edit("households_total", "");
    await new Promise((r) => setTimeout(r, 30));
    // Emptying the text waits for the officer to leave the field: no question yet, nothing sent.
    expect(asked).toEqual([]);
    await store.flush("households_total");
    expect(asked).toEqual(["households_total"]);
    expect(server.calls).toEqual([]);
    expect(store.get("households_total")).toMatchObject({ text: "640.000", status: "idle", saved: 640000 });
    answer = true;
    store.edit("households_total", "");
    await store.flush("households_total");
    expect(server.calls).toEqual([{ inputId: "households_total", value: null, expectedVersion: 1 }]);
    expect(store.get("households_total")).toMatchObject({ text: "", saved: null, status: "saved" });
  });
});

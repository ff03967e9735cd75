import type { InputDefinition } from "@dti/pack-sdk/model";
import type { ApiErrorInfo } from "../api/errors";
import type { Lang } from "../format/number";
import { fromText, sameValue, toText, type InputValue, type Invalid } from "./values";

export type FieldStatus = "idle" | "pending" | "saving" | "saved" | "invalid" | "error" | "conflict";

export interface Conflict {
  value: InputValue;
  version: number | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface FieldState {
  text: string;
  /** The value the server holds as far as this page knows, and its version (null: none yet). */
  saved: InputValue;
  version: number | null;
  /** "Nguồn / ghi chú": the value's source note as typed, and as stored ("" when none). */
  note: string;
  savedNote: string;
  status: FieldStatus;
  invalid?: Invalid;
  error?: ApiErrorInfo;
  /** Someone else saved first: their value, kept beside ours until the user chooses. */
  conflict?: Conflict;
}

export interface StoredValue {
  inputId: string;
  value: InputValue;
  version: number;
  /** Where the value comes from (the template's source column); saved with the value. */
  source?: string | null;
}

export type SaveInput = (input: {
  inputId: string;
  value: InputValue;
  expectedVersion: number | null;
  /** Sent only when the note changed (absent: the stored note is kept). */
  source?: string | null;
}) => Promise<StoredValue>;

/** Where the texts not yet on the server are kept (sessionStorage in the app), so a reload or an expired session loses nothing. */
export interface DraftStorage {
  load(): Record<string, string>;
  save(drafts: Record<string, string>): void;
}

export interface EntryStoreOptions {
  inputs: Map<string, InputDefinition>;
  initial: StoredValue[];
  save: SaveInput;
  lang: Lang;
  /** Wait after the last keystroke before saving (a blur or a choice saves at once). */
  debounceMs?: number;
  /** Told after every stored value (the scorecard refreshes). */
  onSaved?: (value: StoredValue) => void;
  errorOf: (error: unknown) => ApiErrorInfo;
  drafts?: DraftStorage;
  /**
   * Asked before a stored value is cleared (the text emptied, or "not entered" chosen): false keeps
   * the stored value and puts its text back. The app asks the officer (how many points the indicator
   * would lose); absent: cleared without asking.
   */
  confirmClear?: (inputId: string, stored: InputValue) => boolean;
}

/**
 * The values of one data-entry page. Saves as the officer types, one request at a time per input,
 * each based on the version it last saw. A stale save (CONFLICT) keeps both values on screen: the
 * officer's text is never replaced without their choice. Plain class + subscribe, so React reads it
 * with useSyncExternalStore and tests drive it without a browser.
 */
export class EntryStore {
  private fields = new Map<string, FieldState>();
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private inFlight = new Set<string>();
  private listeners = new Set<() => void>();
  private snapshot = new Map<string, FieldState>();

  constructor(private readonly options: EntryStoreOptions) {
    const stored = new Map(options.initial.map((v) => [v.inputId, v]));
    for (const [id, def] of options.inputs) {
      const v = stored.get(id);
      this.fields.set(id, {
        text: v ? toText(v.value, def, options.lang) : "",
        saved: v?.value ?? null,
        version: v?.version ?? null,
        note: v?.source ?? "",
        savedNote: v?.source ?? "",
        status: "idle",
      });
    }
    this.snapshot = new Map(this.fields);
    // What was typed and not saved before a reload or a new sign-in: typed again, saved as usual
    // (on the version now stored: if someone changed it since, that is a conflict shown as such).
    const drafts = options.drafts?.load() ?? {};
    for (const [inputId, text] of Object.entries(drafts))
      if (this.fields.has(inputId) && this.fields.get(inputId)!.text !== text) this.edit(inputId, text);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): Map<string, FieldState> => this.snapshot;

  get(inputId: string): FieldState | undefined {
    return this.snapshot.get(inputId);
  }

  /** Inputs with work not yet on the server (typing, saving, refused, in conflict). */
  unsaved(): string[] {
    return [...this.fields].filter(([, f]) => ["pending", "saving", "invalid", "error", "conflict"].includes(f.status)).map(([id]) => id);
  }

  private set(inputId: string, patch: Partial<FieldState>, drop: (keyof FieldState)[] = []): void {
    const current = this.fields.get(inputId);
    if (!current) return;
    const next = { ...current, ...patch };
    for (const k of drop) delete next[k];
    this.fields.set(inputId, next);
    this.snapshot = new Map(this.fields);
    this.options.drafts?.save(Object.fromEntries(this.unsaved().map((id) => [id, this.fields.get(id)!.text])));
    for (const l of this.listeners) l();
  }

  /**
   * The officer typed or chose: check it, and save it soon (or now). `hold`: keep it unsaved until
   * the field is left or Enter pressed (a closed select stepped through with the arrow keys saves
   * the option it stops on, not every option passed). Emptying a stored value also waits for that:
   * clearing is confirmed once, when the officer is done.
   */
  edit(inputId: string, text: string, { immediate = false, hold = false } = {}): void {
    const def = this.options.inputs.get(inputId);
    const field = this.fields.get(inputId);
    if (!def || !field) return;
    if (field.status === "conflict") {
      // Still in conflict: keep the text, wait for the choice.
      this.set(inputId, { text });
      return;
    }
    const parsed = fromText(text, def, this.options.lang);
    if (!parsed.ok) {
      this.clearTimer(inputId);
      this.set(inputId, { text, status: "invalid", invalid: parsed.problem }, ["error"]);
      return;
    }
    if (sameValue(parsed.value, field.saved) && !this.inFlight.has(inputId)) {
      this.clearTimer(inputId);
      this.set(inputId, { text, status: field.status === "saved" ? "saved" : "idle" }, ["invalid", "error"]);
      return;
    }
    this.set(inputId, { text, status: this.inFlight.has(inputId) ? "saving" : "pending" }, ["invalid", "error"]);
    this.clearTimer(inputId);
    const clearing = parsed.value === null && field.saved !== null;
    if (hold || (clearing && !immediate)) return;
    if (immediate) void this.flush(inputId);
    else
      this.timers.set(
        inputId,
        setTimeout(() => void this.flush(inputId), this.options.debounceMs ?? 800),
      );
  }

  /** The source note typed: saved with the value (on the same version) when the note field is left. */
  editNote(inputId: string, note: string): void {
    const field = this.fields.get(inputId);
    if (!field) return;
    this.set(inputId, {
      note,
      ...(field.status === "saved" || field.status === "idle" ? { status: note === field.savedNote ? field.status : "pending" } : {}),
    });
  }

  /** Save now (blur, or the debounce ran out). */
  async flush(inputId: string): Promise<void> {
    this.clearTimer(inputId);
    const def = this.options.inputs.get(inputId);
    const field = this.fields.get(inputId);
    if (!def || !field || field.status === "conflict" || this.inFlight.has(inputId)) return;
    const parsed = fromText(field.text, def, this.options.lang);
    const noteChanged = field.note.trim() !== field.savedNote;
    if (!parsed.ok || (sameValue(parsed.value, field.saved) && !noteChanged)) return;
    if (parsed.value === null && field.saved !== null && this.options.confirmClear && !this.options.confirmClear(inputId, field.saved)) {
      // Not cleared: the stored value is shown again, nothing is sent.
      this.set(inputId, { text: toText(field.saved, def, this.options.lang), status: "idle" }, ["invalid", "error"]);
      return;
    }
    this.inFlight.add(inputId);
    this.set(inputId, { status: "saving" });
    try {
      const stored = await this.options.save({
        inputId,
        value: parsed.value,
        expectedVersion: field.version,
        ...(noteChanged ? { source: field.note.trim() || null } : {}),
      });
      this.inFlight.delete(inputId);
      const now = this.fields.get(inputId)!;
      const again = fromText(now.text, def, this.options.lang);
      const savedNote = stored.source === undefined ? field.savedNote : (stored.source ?? "");
      const changedMeanwhile = (again.ok && !sameValue(again.value, stored.value)) || now.note.trim() !== savedNote;
      this.set(inputId, { saved: stored.value, version: stored.version, savedNote, status: changedMeanwhile ? "pending" : "saved" });
      this.options.onSaved?.(stored);
      if (changedMeanwhile) void this.flush(inputId);
    } catch (error) {
      this.inFlight.delete(inputId);
      const info = this.options.errorOf(error);
      if (info.code === "CONFLICT") {
        const current = (info.details?.current ?? null) as {
          value: InputValue;
          version: number;
          updatedBy?: string | null;
          updatedAt?: string | Date | null;
        } | null;
        this.set(inputId, {
          status: "conflict",
          conflict: {
            value: current?.value ?? null,
            version: current?.version ?? null,
            updatedBy: current?.updatedBy ?? null,
            updatedAt: current?.updatedAt ? String(current.updatedAt) : null,
          },
        });
      } else {
        this.set(inputId, { status: "error", error: info });
      }
    }
  }

  /** After a conflict: keep mine (save it over theirs, knowingly) or take theirs. */
  resolve(inputId: string, choice: "mine" | "theirs"): void {
    const field = this.fields.get(inputId);
    const def = this.options.inputs.get(inputId);
    if (!field?.conflict || !def) return;
    const theirs = field.conflict;
    if (choice === "theirs") {
      this.set(
        inputId,
        { text: toText(theirs.value, def, this.options.lang), saved: theirs.value, version: theirs.version, status: "saved" },
        ["conflict"],
      );
      return;
    }
    this.set(inputId, { saved: theirs.value, version: theirs.version, status: "pending" }, ["conflict"]);
    void this.flush(inputId);
  }

  /** Try a failed save again. */
  retry(inputId: string): void {
    this.set(inputId, { status: "pending" }, ["error"]);
    void this.flush(inputId);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.listeners.clear();
  }

  private clearTimer(inputId: string): void {
    const t = this.timers.get(inputId);
    if (t) clearTimeout(t);
    this.timers.delete(inputId);
  }
}

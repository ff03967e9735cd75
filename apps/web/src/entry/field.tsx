import { useRef, useSyncExternalStore, type KeyboardEvent } from "react";
import type { InputDefinition } from "@dti/pack-sdk/model";
import { formatDateTime } from "../format/date";
import { useI18n } from "../i18n/context";
import { errorText } from "../i18n/errors";
import type { MessageKey } from "../i18n/messages";
import type { EntryStore } from "./store";
import { toText } from "./values";

const UNIT_KEY: Record<InputDefinition["unit"], MessageKey> = {
  count: "unit.count",
  boolean: "unit.boolean",
  choice: "unit.choice",
  billion_vnd: "unit.billion_vnd",
  percent: "unit.percent",
  number: "unit.number",
  text: "unit.text",
};

/** Keys that step a closed select through its options (each step fires "change"). */
const STEP_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);

/** The next enabled value field of the page, in document order (Enter moves there). */
function focusNext(from: HTMLElement): void {
  const all = [...document.querySelectorAll<HTMLElement>("[data-input]:not([disabled])")];
  const next = all[all.indexOf(from) + 1];
  if (next) next.focus();
  else from.blur();
}

/**
 * One input, labelled with its official address ("3.3.a"), its label and unit; checked as typed,
 * saved as typed; a conflict shows the other person's value beside ours with the two choices.
 */
export function EntryField({
  store,
  address,
  input,
  readOnly,
  idPrefix,
}: {
  store: EntryStore;
  address: string;
  input: InputDefinition;
  readOnly: boolean;
  idPrefix: string;
}) {
  const { t, l, lang } = useI18n();
  const fields = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const field = fields.get(input.id);
  // Set by a key that steps a closed select: the change it fires is held until the field is left.
  const stepping = useRef(false);
  if (!field) return null;
  const id = `${idPrefix}-${input.id}`;
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const describedBy = [input.description ? hintId : null, statusId].filter(Boolean).join(" ");
  const invalid = field.status === "invalid" || field.status === "error";
  const common = {
    id,
    "aria-describedby": describedBy,
    "aria-invalid": invalid ? true : undefined,
    disabled: readOnly,
    "data-input": input.id,
  } as const;

  let control;
  if (input.unit === "boolean" || input.unit === "choice") {
    control = (
      <select
        {...common}
        value={field.text}
        onKeyDown={(e: KeyboardEvent<HTMLSelectElement>) => {
          stepping.current = STEP_KEYS.has(e.key) || e.key.length === 1;
          if (e.key === "Enter") {
            e.preventDefault();
            void store.flush(input.id);
            focusNext(e.currentTarget);
          }
        }}
        onChange={(e) => {
          // A choice made with the mouse or Enter saves at once; arrow keys on a closed select only move.
          store.edit(input.id, e.target.value, stepping.current ? { hold: true } : { immediate: true });
          stepping.current = false;
        }}
        onMouseDown={() => {
          stepping.current = false;
        }}
        onBlur={() => void store.flush(input.id)}
      >
        <option value="">{t("entry.notEntered")}</option>
        {input.unit === "boolean" ? (
          <>
            <option value="true">{t("common.yes")}</option>
            <option value="false">{t("common.no")}</option>
          </>
        ) : (
          input.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {l(o.label)}
            </option>
          ))
        )}
      </select>
    );
  } else {
    control = (
      <input
        {...common}
        type="text"
        inputMode={input.unit === "text" ? "text" : "decimal"}
        autoComplete="off"
        value={field.text}
        onChange={(e) => store.edit(input.id, e.target.value)}
        onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
          // Enter saves (as leaving the field does) and moves to the next field.
          if (e.key !== "Enter" || e.nativeEvent.isComposing) return;
          e.preventDefault();
          void store.flush(input.id);
          focusNext(e.currentTarget);
        }}
        onBlur={() => void store.flush(input.id)}
      />
    );
  }

  return (
    <div className={`entry-field status-${field.status}`}>
      <label htmlFor={id}>
        <span className="address">{address}</span> {l(input.label)} <span className="unit">({t(UNIT_KEY[input.unit])})</span>
      </label>
      {input.description && (
        <p id={hintId} className="hint">
          {l(input.description)}
        </p>
      )}
      <div className="control-row">
        {control}
        <span id={statusId} className="save-status" aria-live="polite">
          {field.status === "pending" && t("entry.status.pending")}
          {field.status === "saving" && t("entry.status.saving")}
          {field.status === "saved" && t("entry.status.saved")}
          {field.status === "invalid" && field.invalid && <span className="field-error">{t(field.invalid.key, field.invalid.params)}</span>}
          {field.status === "error" && field.error && (
            <span className="field-error">
              {t("entry.status.error")}: {errorText(field.error, t)}{" "}
              <button type="button" className="btn-link" onClick={() => store.retry(input.id)}>
                {t("common.retry")}
              </button>
            </span>
          )}
        </span>
      </div>
      <div className="note-row">
        <label htmlFor={`${id}-note`} className="small">
          {t("entry.note")}
        </label>
        <input
          id={`${id}-note`}
          type="text"
          className="note-input"
          maxLength={500}
          autoComplete="off"
          disabled={readOnly}
          value={field.note}
          onChange={(e) => store.editNote(input.id, e.target.value)}
          onBlur={() => void store.flush(input.id)}
        />
      </div>
      {field.status === "conflict" && field.conflict && (
        <div className="conflict" role="alert">
          <p>
            <strong>{t("entry.conflict.title")}</strong>{" "}
            {t("entry.conflict.text", {
              theirs: toText(field.conflict.value, input, lang) || t("entry.notEntered"),
              when: field.conflict.updatedAt ? formatDateTime(field.conflict.updatedAt) : "—",
              mine: field.text || t("entry.notEntered"),
            })}
          </p>
          <div className="button-row">
            <button type="button" className="btn" onClick={() => store.resolve(input.id, "mine")}>
              {t("entry.conflict.keepMine")}
            </button>
            <button type="button" className="btn" onClick={() => store.resolve(input.id, "theirs")}>
              {t("entry.conflict.takeTheirs")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

import { provisionalNotes, type IndicatorDefinition } from "@dti/pack-sdk/model";
import type { I18n } from "../i18n/context";

type Provisional = NonNullable<IndicatorDefinition["provisional"]>;

/**
 * What an officer reads about a provisional indicator: one short sentence per uncertain aspect
 * (`provisionalNotes` of the pack SDK, Vietnamese and English), then the pack's own note if it has
 * one. Never the `reason`, the developer's transcription note (English, quoting OCR noise), which
 * only the pack screens show.
 */
export function provisionalText(provisional: Provisional, l: I18n["l"]): string[] {
  return provisionalNotes(provisional).map((n) => l(n));
}

/** The officer's notice on a provisional indicator's page. */
export function ProvisionalNotice({ provisional, i18n }: { provisional: Provisional; i18n: Pick<I18n, "t" | "l"> }) {
  const notes = provisionalText(provisional, i18n.l);
  return (
    <div className="alert alert-info provisional-notice" role="note">
      <strong>{i18n.t("common.provisional")}:</strong>
      {notes.length === 1 ? (
        <> {notes[0]}</>
      ) : (
        <ul>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

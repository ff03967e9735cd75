import { useI18n } from "../../i18n/context";

/** What a footnote says about a published row: the source's note, an unknown cohort, the sources. */
export interface NoteSource {
  key: string;
  name: string;
  note: string | null;
  cohort: string | null;
  nameAsPublished?: string | null;
  sources: string[];
}

/** Numbers the rows that need a footnote (a note, or a "63?" cohort), in table order. */
export function numberNotes(rows: NoteSource[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const r of rows) if (r.note || r.cohort?.endsWith("?")) numbers.set(r.key, numbers.size + 1);
  return numbers;
}

/** The footnote marker after a name: a superscript link to the note. */
export function NoteMarker({ n }: { n: number | undefined }) {
  const { t } = useI18n();
  if (n === undefined) return null;
  return (
    <sup className="note-marker">
      <a href={`#note-${n}`} aria-label={t("rankings.note", { n })}>
        [{n}]
      </a>
    </sup>
  );
}

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** The notes below a published table, each with its sources; the name as the source writes it where it says more ("(cũ / pre-merger)"). */
export function PublishedNotes({ rows, numbers }: { rows: NoteSource[]; numbers: Map<string, number> }) {
  const { t } = useI18n();
  const noted = rows.filter((r) => numbers.has(r.key));
  if (noted.length === 0) return null;
  return (
    <section className="card published-notes" aria-labelledby="published-notes-title" data-testid="published-notes">
      <h2 id="published-notes-title">{t("rankings.notes")}</h2>
      <p className="muted small">{t("rankings.notesIntro")}</p>
      <ol className="small">
        {noted.map((r) => (
          <li key={r.key} id={`note-${numbers.get(r.key)}`} value={numbers.get(r.key)}>
            <strong>{r.name}</strong>
            {r.nameAsPublished?.includes("(") ? ` (${t("rankings.publishedAs", { name: r.nameAsPublished })})` : ""}
            {": "}
            {r.cohort?.endsWith("?") && <span>{t("rankings.cohortUnknown")} </span>}
            {r.note && <span lang="en">{r.note}</span>}
            {r.sources.length > 0 && (
              <span className="muted">
                {" "}
                — {t("rankings.sources")}:{" "}
                {r.sources.map((s, i) => (
                  <span key={s}>
                    {i > 0 && ", "}
                    <a href={s} target="_blank" rel="noreferrer noopener">
                      {host(s)}
                    </a>
                  </span>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

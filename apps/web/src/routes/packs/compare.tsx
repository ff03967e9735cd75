import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { api } from "../../api/client";
import { usePack, usePacks } from "../../api/hooks";
import { useUser } from "../../api/session";
import { usePageTitle } from "../../components/page-title";
import { Empty, ErrorState, Loading } from "../../components/status";
import { formatPoints } from "../../format/number";
import { useI18n } from "../../i18n/context";
import type { MessageKey } from "../../i18n/messages";
import { indicatorDiff } from "@dti/pack-sdk/model";
import type { Pack } from "../../pack/model";
import { SensitivityPanel } from "./sensitivity-panel";

type Crosswalk = Pack["crosswalks"][number];

/** The crosswalk mapping that explains a row (a merge, a split…): "Gộp 3.2 + 3.3 → 3.2", so every side of it reads together. */
function Via({ row }: { row: ReturnType<typeof indicatorDiff>[number] }) {
  const { t } = useI18n();
  if (!row.crosswalk) return null;
  const { relation, from, to } = row.crosswalk;
  return (
    <div className="muted" data-testid={`indicator-diff-via-${row.code}`}>
      <span className={`badge badge-relation-${relation}`}>{t(`compare.relation.${relation}` as MessageKey)}</span>{" "}
      {from.join(" + ") || "—"} → {to.join(" + ") || "—"}
    </div>
  );
}

function IndicatorDiff({ before, after }: { before: Pack; after: Pack }) {
  const { t } = useI18n();
  const rows = indicatorDiff(before, after);
  return (
    <>
      <h2>{t("compare.indicators")}</h2>
      {rows.length === 0 ? (
        <Empty>{t("compare.noIndicatorChange")}</Empty>
      ) : (
        <table className="table table-compact" data-testid="indicator-diff">
          <thead>
            <tr>
              <th scope="col">{t("common.code")}</th>
              <th scope="col">{t("compare.change")}</th>
              <th scope="col">
                {before.meta.id} v{before.meta.version}
              </th>
              <th scope="col">
                {after.meta.id} v{after.meta.version}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((r) =>
              r.status === "changed"
                ? r.changes.map((c, i) => (
                    <tr key={`${r.code}-${c.what}`}>
                      <td>
                        {i === 0 ? r.code : ""}
                        {i === 0 ? <Via row={r} /> : null}
                      </td>
                      <td>{t(`compare.aspect.${c.what}`)}</td>
                      <td className={c.what === "rule" ? "formula" : undefined}>{c.before}</td>
                      <td className={c.what === "rule" ? "formula" : undefined}>{c.after}</td>
                    </tr>
                  ))
                : [
                    <tr key={r.code}>
                      <td>
                        {r.code}
                        <Via row={r} />
                      </td>
                      <td>
                        <span className={`badge badge-relation-${r.status === "added" ? "new" : "removed"}`}>
                          {t(r.status === "added" ? "compare.relation.new" : "compare.relation.removed")}
                        </span>
                      </td>
                      <td>{r.status === "removed" ? before.indicators.find((i) => i.code === r.code)?.name.vi : "—"}</td>
                      <td>{r.status === "added" ? after.indicators.find((i) => i.code === r.code)?.name.vi : "—"}</td>
                    </tr>,
                  ],
            )}
          </tbody>
        </table>
      )}
    </>
  );
}

/** What each framework's pillars add up to: Σ max points of their indices. */
function pillarMax(pack: Pack, indices: string[]): number {
  return indices.reduce((sum, code) => sum + (pack.indices.find((i) => i.code === code)?.maxPoints ?? 0), 0);
}

/**
 * Frameworks of different depth (DTI 2020 describes pillars only): the crosswalk's pillar level is the
 * correspondence, with what each pillar adds up to on each side; no indicator is called "new".
 */
function PillarCorrespondence({ walk, from, to }: { walk: Crosswalk | null; from: Pack; to: Pack }) {
  const { t, l, lang } = useI18n();
  const shallow = from.indicators.length === 0 ? from : to;
  const deep = shallow === from ? to : from;
  const pillarCell = (pack: Pack, id: string) => {
    const p = pack.aggregation.pillars.find((x) => x.id === id);
    return p
      ? `${l(p.name)}: ${t("compare.pillarMax", { indices: p.indices.join(" + "), points: formatPoints(pillarMax(pack, p.indices), lang) })}`
      : id;
  };
  return (
    <>
      <h2>{t("compare.pillarTable")}</h2>
      <p className="alert alert-info" data-testid="pillar-level">
        {t("compare.pillarLevel", { pack: shallow.meta.id, other: deep.meta.id })}
      </p>
      {walk && walk.pillars.length > 0 && (
        <table className="table table-compact" data-testid="pillar-correspondence">
          <thead>
            <tr>
              <th scope="col">{from.meta.id}</th>
              <th scope="col">{to.meta.id}</th>
              <th scope="col">{t("compare.relation")}</th>
              <th scope="col">{t("compare.note")}</th>
            </tr>
          </thead>
          <tbody>
            {walk.pillars.map((m, i) => (
              <tr key={i}>
                <td>{m.from.map((id) => pillarCell(from, id)).join("; ") || "—"}</td>
                <td>{m.to.map((id) => pillarCell(to, id)).join("; ") || "—"}</td>
                <td>
                  <span className={`badge badge-relation-${m.relation}`}>{t(`compare.relation.${m.relation}`)}</span>
                </td>
                <td className="small">{m.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/**
 * What a decomposition of a change between the two frameworks can compare (from the API's
 * packs.comparability): the indicators classed comparable / changed / new / removed, those outside
 * the method/progress split with their points and why, and every warning in the reader's language.
 */
function Comparability({ a, b }: { a: string; b: string }) {
  const { t, lang } = useI18n();
  const query = useQuery({ queryKey: ["packs", "comparability", a, b], queryFn: () => api.packs.comparability.query({ a, b }) });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} />;
  const c = query.data.comparability;
  if (!c) return null;
  const count = (k: string) => c.indicators.filter((x) => x.class === k).length;
  const outside = c.indicators.filter((x) => !x.rescorable);
  const text = (w: { vi: string; en: string }) => (lang === "en" ? w.en : w.vi);
  return (
    <section data-testid="comparability">
      <h2>{t("compare.comparability")}</h2>
      <p>
        {t("compare.comparabilitySummary", {
          rescorable: formatPoints(c.points.rescorable, lang),
          total: formatPoints(c.points.total, lang),
          notComparable: formatPoints(c.points.notComparable, lang),
          to: c.to,
        })}
      </p>
      <p className="muted">
        {c.from} → {c.to}:{" "}
        {t("compare.classCounts", {
          comparable: count("comparable"),
          changed: count("changed"),
          new: count("new"),
          removed: count("removed"),
        })}
      </p>
      {outside.length === 0 ? (
        <p className="muted">{t("compare.allComparable")}</p>
      ) : (
        <table className="table table-compact" data-testid="not-comparable">
          <caption>{t("compare.notComparable")}</caption>
          <thead>
            <tr>
              <th scope="col">{c.from}</th>
              <th scope="col">{c.to}</th>
              <th scope="col">{t("compare.change")}</th>
              <th scope="col" className="num">
                {t("compare.maxPoints")}
              </th>
              <th scope="col">{t("compare.reason")}</th>
            </tr>
          </thead>
          <tbody>
            {outside.map((x, i) => (
              <tr key={i}>
                <td>{x.from.join(" + ") || "—"}</td>
                <td>{x.to.join(" + ") || "—"}</td>
                <td>
                  <span className={`badge badge-relation-${x.class === "comparable" ? "same" : x.class}`}>
                    {t(`compare.class.${x.class}`)}
                  </span>
                </td>
                <td className="num">{formatPoints(x.class === "removed" ? x.max.from : x.max.to, lang)}</td>
                <td className="small">{x.reason ? text(x.reason) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {c.warnings.length > 0 && (
        <div className="alert alert-warn" data-testid="comparability-warnings">
          <strong>{t("compare.warnings", { n: c.warnings.length })}</strong>
          <ul>
            {c.warnings.map((w, i) => (
              <li key={i}>
                <code>{w.code}</code> {text(w)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/**
 * Two framework versions side by side: legal basis, years, pillars, main indices and their points,
 * and the crosswalk the newer pack declares from the older one (what is the same, changed, split,
 * merged, new or removed) — where a trend must break.
 */
export default function PackCompare() {
  const { t, l, lang } = useI18n();
  usePageTitle(t("compare.title"));
  const user = useUser();
  const packs = usePacks();
  const [params, setParams] = useSearchParams();
  // Drafts too (national admins see them): a revision is checked against the pack it revises.
  const list = packs.data ?? [];
  const sorted = [...list].sort((x, y) => Math.min(...x.years) - Math.min(...y.years));
  // By default the two newest revisions: the question is usually "what did the last decision change?".
  const aId = params.get("a") ?? sorted[Math.max(0, sorted.length - 2)]?.id;
  const bId = params.get("b") ?? sorted[sorted.length - 1]?.id;
  const a = usePack(aId);
  const b = usePack(bId);
  const set = (key: "a" | "b", value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    if (!next.get(key === "a" ? "b" : "a") && (key === "a" ? bId : aId)) next.set(key === "a" ? "b" : "a", (key === "a" ? bId : aId)!);
    setParams(next, { replace: true });
  };
  if (packs.isPending) return <Loading />;
  if (packs.isError) return <ErrorState error={packs.error} retry={() => void packs.refetch()} />;
  if (list.length < 2) return <Empty>{t("compare.needTwo")}</Empty>;
  const pa = a.data?.content;
  const pb = b.data?.content;
  const crosswalk: { walk: Crosswalk; from: Pack; to: Pack } | null =
    pa && pb
      ? pb.crosswalks.find((c) => c.from === pa.meta.id)
        ? { walk: pb.crosswalks.find((c) => c.from === pa.meta.id)!, from: pa, to: pb }
        : pa.crosswalks.find((c) => c.from === pb.meta.id)
          ? { walk: pa.crosswalks.find((c) => c.from === pb.meta.id)!, from: pb, to: pa }
          : null
      : null;
  const codes = pa && pb ? [...new Set([...pa.indices.map((i) => i.code), ...pb.indices.map((i) => i.code)])] : [];

  return (
    <section>
      <h1>{t("compare.title")}</h1>
      <div className="toolbar">
        {(["a", "b"] as const).map((key) => (
          <span key={key} className="toolbar">
            <label htmlFor={`pack-${key}`}>{key === "a" ? t("compare.left") : t("compare.right")}</label>
            <select id={`pack-${key}`} value={(key === "a" ? aId : bId) ?? ""} onChange={(e) => set(key, e.target.value)}>
              {sorted.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.packId} v{p.version} ({p.years.join(", ")}){p.status === "draft" ? ` · ${t("status.draft")}` : ""}
                </option>
              ))}
            </select>
          </span>
        ))}
      </div>
      {a.isPending || b.isPending ? (
        <Loading />
      ) : a.isError || b.isError || !pa || !pb ? (
        <ErrorState error={a.error ?? b.error} />
      ) : (
        <>
          <table className="table compare-table" data-testid="compare-table">
            <thead>
              <tr>
                <th scope="col">
                  <span className="sr-only">{t("compare.aspect")}</span>
                </th>
                <th scope="col">{pa.meta.id}</th>
                <th scope="col">{pb.meta.id}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t("compare.decision")}</th>
                <td>{pa.meta.legalBasis.decision}</td>
                <td>{pb.meta.legalBasis.decision}</td>
              </tr>
              <tr>
                <th scope="row">{t("packs.years")}</th>
                <td>{pa.meta.years.join(", ")}</td>
                <td>{pb.meta.years.join(", ")}</td>
              </tr>
              <tr>
                <th scope="row">{t("packs.coverage")}</th>
                <td>{t(`packs.coverage.${pa.meta.coverage}` as MessageKey)}</td>
                <td>{t(`packs.coverage.${pb.meta.coverage}` as MessageKey)}</td>
              </tr>
              <tr>
                <th scope="row">{t("compare.total")}</th>
                <td>{formatPoints(pa.aggregation.totalPoints, lang)}</td>
                <td>{formatPoints(pb.aggregation.totalPoints, lang)}</td>
              </tr>
              <tr>
                <th scope="row">{t("packs.indicatorCount")}</th>
                <td>{pa.indicators.length === 0 ? t("compare.pillarOnly") : pa.indicators.length}</td>
                <td>{pb.indicators.length === 0 ? t("compare.pillarOnly") : pb.indicators.length}</td>
              </tr>
              {[...new Set([...pa.aggregation.pillars.map((p) => p.id), ...pb.aggregation.pillars.map((p) => p.id)])].map((id) => {
                const x = pa.aggregation.pillars.find((p) => p.id === id);
                const y = pb.aggregation.pillars.find((p) => p.id === id);
                return (
                  <tr key={id}>
                    <th scope="row">{l((x ?? y)!.name)}</th>
                    <td>{x ? `${x.indices.join(" + ")} (${formatPoints(pillarMax(pa, x.indices), lang)})` : "—"}</td>
                    <td>{y ? `${y.indices.join(" + ")} (${formatPoints(pillarMax(pb, y.indices), lang)})` : "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h2>{t("packs.indices")}</h2>
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t("common.code")}</th>
                <th scope="col">{pa.meta.id}</th>
                <th scope="col" className="num">
                  {t("common.max")}
                </th>
                <th scope="col">{pb.meta.id}</th>
                <th scope="col" className="num">
                  {t("common.max")}
                </th>
              </tr>
            </thead>
            <tbody>
              {codes.map((code) => {
                const x = pa.indices.find((i) => i.code === code);
                const y = pb.indices.find((i) => i.code === code);
                return (
                  <tr key={code}>
                    <td>{code}</td>
                    <td>{x ? l(x.name) : "—"}</td>
                    <td className="num">{x ? formatPoints(x.maxPoints, lang) : ""}</td>
                    <td>{y ? l(y.name) : "—"}</td>
                    <td className="num">{y ? formatPoints(y.maxPoints, lang) : ""}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {pa.indicators.length === 0 || pb.indicators.length === 0 ? (
            <PillarCorrespondence walk={crosswalk?.walk ?? null} from={crosswalk?.from ?? pa} to={crosswalk?.to ?? pb} />
          ) : (
            <>
              <IndicatorDiff before={pa} after={pb} />
              {pa.meta.coverage === "full" && pb.meta.coverage === "full" && aId && bId && <Comparability a={aId} b={bId} />}
            </>
          )}
          <h2>{t("compare.crosswalk")}</h2>
          {!crosswalk ? (
            <Empty>{t("compare.noCrosswalk")}</Empty>
          ) : (
            <div className="card">
              <p>
                <strong>
                  {crosswalk.from.meta.id} → {crosswalk.to.meta.id}
                </strong>
                {crosswalk.walk.note && <span className="muted"> — {crosswalk.walk.note}</span>}
              </p>
              <table className="table table-compact" data-testid="crosswalk-table">
                <thead>
                  <tr>
                    <th scope="col">{t("compare.level")}</th>
                    <th scope="col">{t("compare.from")}</th>
                    <th scope="col">{t("compare.to")}</th>
                    <th scope="col">{t("compare.relation")}</th>
                    <th scope="col">{t("compare.note")}</th>
                  </tr>
                </thead>
                <tbody>
                  {(["pillars", "indices", "indicators"] as const).flatMap((level) =>
                    crosswalk.walk[level].map((m, i) => (
                      <tr key={`${level}-${i}`}>
                        <td>{t(`compare.level.${level}`)}</td>
                        <td>{m.from.join(", ") || "—"}</td>
                        <td>{m.to.join(", ") || "—"}</td>
                        <td>
                          <span className={`badge badge-relation-${m.relation}`}>{t(`compare.relation.${m.relation}`)}</span>
                        </td>
                        <td className="small">{m.note ?? ""}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </div>
          )}
          {user.role === "national_admin" && (
            <SensitivityPanel
              packs={[
                { rowId: aId!, pack: pa },
                { rowId: bId!, pack: pb },
              ]
                .filter(
                  (x, i, all) => x.pack.sensitivity && x.pack.meta.coverage === "full" && all.findIndex((y) => y.rowId === x.rowId) === i,
                )
                .map((x) => ({ rowId: x.rowId, packId: x.pack.meta.id, version: x.pack.meta.version, years: x.pack.meta.years }))}
            />
          )}
        </>
      )}
    </section>
  );
}

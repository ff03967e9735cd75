import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { api, type RouterOutputs } from "../api/client";
import { ErrorState, Loading } from "../components/status";
import { formatDate } from "../format/date";
import { useI18n } from "../i18n/context";

type Inbox = RouterOutputs["inbox"]["mine"];

const SHOWN = 5;

/**
 * What waits for the signed-in user (inbox.mine, scoped by role, province and agency): indicators
 * returned with their reasons, indicators to review, assessments to lock, plan deadlines near or
 * past. Counts first, then the first items of each group, each a link to where it is done.
 */
export function InboxPanel() {
  const { t } = useI18n();
  const inbox = useQuery({ queryKey: ["inbox.mine"], queryFn: () => api.inbox.mine.query() });
  if (inbox.isPending) return <Loading label={t("inbox.loading")} />;
  if (inbox.isError) return <ErrorState error={inbox.error} retry={() => void inbox.refetch()} />;
  const data = inbox.data;
  const total = data.counts.returned + data.counts.toReview + data.counts.toLock + data.counts.deadlines;
  const groups = (
    [
      ["returned", data.returned.length],
      ["toReview", data.toReview.length],
      ["toLock", data.toLock.length],
      ["deadlines", data.deadlines.length],
    ] as const
  ).filter(([, n]) => n > 0);
  return (
    <section className="card inbox" aria-labelledby="inbox-title">
      <h2 id="inbox-title">{t("inbox.title")}</h2>
      {total === 0 ? (
        <p className="muted">{t("inbox.empty")}</p>
      ) : (
        <>
          <ul className="inbox-counts">
            {groups.map(([group, n]) => (
              <li key={group}>
                <a href={`#inbox-${group}`}>
                  {t(`inbox.${group}`)} <strong>{n}</strong>
                </a>
              </li>
            ))}
          </ul>
          <Group id="returned" items={data.returned} render={(i) => <Returned item={i} />} />
          <Group id="toReview" items={data.toReview} render={(i) => <ToReview item={i} />} />
          <Group id="toLock" items={data.toLock} render={(i) => <ToLock item={i} />} />
          <Group id="deadlines" items={data.deadlines} render={(i) => <Deadline item={i} />} />
        </>
      )}
    </section>
  );
}

function Group<T>({
  id,
  items,
  render,
}: {
  id: "returned" | "toReview" | "toLock" | "deadlines";
  items: T[];
  render: (item: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <div className="inbox-group" id={`inbox-${id}`}>
      <h3>
        {t(`inbox.${id}`)} ({items.length})
      </h3>
      <ul className="inbox-list">
        {items.slice(0, SHOWN).map((item, i) => (
          <li key={i}>{render(item)}</li>
        ))}
      </ul>
      {items.length > SHOWN && <p className="muted small">{t("inbox.more", { n: items.length - SHOWN })}</p>}
    </div>
  );
}

function Where({ item }: { item: { unitName: string; period: number } }) {
  const { t } = useI18n();
  return <span className="muted">{t("inbox.where", { unit: item.unitName, year: item.period })}</span>;
}

function Returned({ item }: { item: Inbox["returned"][number] }) {
  const { t } = useI18n();
  return (
    <>
      <Link to={`/assessments/${item.assessmentId}/indicators/${item.indicatorCode}`}>
        {t("inbox.indicator", { code: item.indicatorCode })}
      </Link>{" "}
      <Where item={item} />
      {item.reason && <span className="reason">{t("inbox.returnedBecause", { reason: item.reason })}</span>}
    </>
  );
}

function ToReview({ item }: { item: Inbox["toReview"][number] }) {
  const { t } = useI18n();
  return (
    <>
      <Link to={`/assessments/${item.assessmentId}/review`}>{t("inbox.indicator", { code: item.indicatorCode })}</Link>{" "}
      <Where item={item} /> <span className="muted small">{t("inbox.submittedOn", { date: formatDate(item.submittedAt) })}</span>
      {item.ownSubmission && <span className="reason">{t("inbox.ownSubmission")}</span>}
    </>
  );
}

function ToLock({ item }: { item: Inbox["toLock"][number] }) {
  const { t } = useI18n();
  return (
    <>
      <Link to={`/assessments/${item.assessmentId}/review`}>{item.unitName}</Link> <span className="muted">{item.period}</span>{" "}
      <span className="muted small">{t("inbox.submittedOn", { date: formatDate(item.submittedAt) })}</span>
    </>
  );
}

function Deadline({ item }: { item: Inbox["deadlines"][number] }) {
  const { t } = useI18n();
  const date = formatDate(item.deadline);
  return (
    <>
      <Link to={`/assessments/${item.assessmentId}/plan`}>{t("inbox.indicator", { code: item.indicatorCode })}</Link> <Where item={item} />{" "}
      <span className={item.overdue ? "overdue" : "muted"}>
        {item.overdue
          ? t("inbox.overdue", { n: -item.daysLeft, date })
          : item.daysLeft === 0
            ? t("inbox.dueToday", { date })
            : t("inbox.dueIn", { n: item.daysLeft, date })}
      </span>
    </>
  );
}

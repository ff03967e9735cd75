const pad = (n: number) => String(n).padStart(2, "0");

/** dd/mm/yyyy, the way Vietnamese documents write dates (also in English, for one format). */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split("-");
    return `${d}/${m}/${y}`;
  }
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return "—";
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** dd/mm/yyyy hh:mm in local time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return "—";
  return `${formatDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Reads dd/mm/yyyy (or an ISO date) to ISO yyyy-mm-dd; null when it is not a real day. */
export function parseDate(text: string): string | null {
  const s = text.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s) ?? null;
  const [y, mo, d] = m
    ? [Number(m[3]), Number(m[2]), Number(m[1])]
    : /^\d{4}-\d{2}-\d{2}$/.test(s)
      ? s.split("-").map(Number)
      : [NaN, NaN, NaN];
  if (!y || !mo || !d) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

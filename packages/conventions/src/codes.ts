/**
 * Orders official codes as the ministry lists them: numeric dotted codes by number
 * (1.2 < 1.10 < 5.12 < 5.12.1), roman pillar and index numbers by value (I < II < IV < IX < X),
 * letters with numbers naturally (A2 < A10). A total order: never NaN, and 0 only for equal codes,
 * so it is safe for sort() and for keys of a sorted map.
 *
 * A code is compared part by part (split at "."); a code that is a prefix of another comes first.
 * Parts are ordered by kind, then within the kind: numbers (by value), roman numerals made of
 * I, V and X (by value: the only ones DTI uses, and "C", "D", "L", "M" stay letters), then any
 * other text (natural order: runs of digits by value, other runs by UTF-16 code units, so the
 * order is the same on every machine, without a locale).
 */
export function compareCodes(a: string, b: string): number {
  if (a === b) return 0;
  const x = a.split(".");
  const y = b.split(".");
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = comparePart(x[i]!, y[i]!);
    if (d !== 0) return d;
  }
  if (x.length !== y.length) return x.length - y.length;
  // Parts equal in value but not in writing ("01" and "1"): the text decides, so only equal codes tie.
  return a < b ? -1 : 1;
}

const enum Kind {
  Number = 0,
  Roman = 1,
  Text = 2,
}

const DIGITS = /^\d+$/;
/** I to XXXIX, written the standard way (IIII and IIX are not numerals). */
const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10 };

function kindOf(part: string): Kind {
  if (DIGITS.test(part)) return Kind.Number;
  if (part !== "" && ROMAN.test(part)) return Kind.Roman;
  return Kind.Text;
}

function romanValue(part: string): number {
  let total = 0;
  for (let i = 0; i < part.length; i++) {
    const v = ROMAN_VALUE[part[i]!]!;
    const next = ROMAN_VALUE[part[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function comparePart(p: string, q: string): number {
  if (p === q) return 0;
  const kp = kindOf(p);
  const kq = kindOf(q);
  if (kp !== kq) return kp - kq;
  if (kp === Kind.Number) return compareDigits(p, q);
  if (kp === Kind.Roman) return romanValue(p) - romanValue(q);
  return compareNatural(p, q);
}

/** Two runs of digits by value, without Number (a run may be longer than a double holds exactly). */
function compareDigits(p: string, q: string): number {
  const a = p.replace(/^0+(?=\d)/, "");
  const b = q.replace(/^0+(?=\d)/, "");
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

const RUNS = /\d+|\D+/g;

/** Runs of digits by value before other runs; other runs by code units; "A2" < "A10" < "B". */
function compareNatural(p: string, q: string): number {
  const x = p.match(RUNS) ?? [];
  const y = q.match(RUNS) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const r = x[i]!;
    const s = y[i]!;
    const dr = DIGITS.test(r);
    const ds = DIGITS.test(s);
    if (dr !== ds) return dr ? -1 : 1;
    const d = dr ? compareDigits(r, s) : r < s ? -1 : r > s ? 1 : 0;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

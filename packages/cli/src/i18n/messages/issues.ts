import { message } from "../message";

/** The words around a problem: where it is and what was expected. */
export const ISSUE_WORDS = {
  "issue.line": message<{ n: number }>(
    (p) => `dòng ${p.n}`,
    (p) => `line ${p.n}`,
  ),
  "issue.row": message<{ n: number }>(
    (p) => `dòng ${p.n}`,
    (p) => `row ${p.n}`,
  ),
  "issue.column": message<{ n: number }>(
    (p) => `cột ${p.n}`,
    (p) => `column ${p.n}`,
  ),
  "issue.unit": message<{ code: string }>(
    (p) => `đơn vị ${p.code}`,
    (p) => `unit ${p.code}`,
  ),
  "issue.indicator": message<{ code: string }>(
    (p) => `chỉ số ${p.code}`,
    (p) => `indicator ${p.code}`,
  ),
  "issue.input": message<{ id: string }>(
    (p) => `đầu vào ${p.id}`,
    (p) => `input ${p.id}`,
  ),
  "issue.key": message<{ key: string }>(
    (p) => `khóa ${p.key}`,
    (p) => `key ${p.key}`,
  ),
  "issue.expected": message<{ expected: string }>(
    (p) => `; cần ${p.expected}`,
    (p) => `; expected ${p.expected}`,
  ),
  "input.header": message<{ count: number }>(
    (p) => `${p.count} vấn đề về số liệu đầu vào`,
    (p) => `${p.count} input problem(s)`,
  ),
  "input.more": message<{ count: number }>(
    (p) => ` (và ${p.count} vấn đề khác)`,
    (p) => ` (and ${p.count} more)`,
  ),
};

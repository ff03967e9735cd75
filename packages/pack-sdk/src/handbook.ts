import { addressOf } from "./addresses";
import { renderRule, formatNumber, type Lang } from "./render";
import type { IndicatorDefinition, InputDefinition, MainIndex, Pack } from "./schema/pack";
import type { LocalizedText } from "./schema/text";

/**
 * The indicator handbook of a pack as Markdown: what officers read to know what each indicator
 * asks, how it is scored and which figures (by official address) feed it. Pure: no I/O, so the
 * CLI, the API and the web app print the same text.
 */

const WORDS = {
  vi: {
    handbook: "Sổ tay chỉ số",
    pack: "Bộ chỉ số",
    version: "phiên bản",
    legalBasis: "Căn cứ pháp lý",
    decision: "Quyết định",
    date: "ngày",
    issuer: "Cơ quan ban hành",
    source: "Nguồn phiên âm",
    origin: "Nguồn",
    components: "Thành phần",
    years: "Năm áp dụng",
    level: "Cấp đánh giá",
    coverage: "Phạm vi tính toán",
    aggregation: "Cách tổng hợp điểm",
    overall: "Chỉ số DTI tổng hợp = Tổng điểm đạt được / Tổng điểm tối đa của các chỉ số chính có tính điểm",
    pillars: "Trụ cột",
    pillarRule: "Giá trị trụ cột = Tổng điểm các chỉ số chính của trụ cột / Tổng điểm tối đa của các chỉ số chính đó",
    precision: (n: number) =>
      `Giá trị công bố được làm tròn đến ${n} chữ số thập phân; các giá trị bằng nhau sau khi làm tròn có cùng thứ hạng (1, 2, 2, 4).`,
    totalPoints: "Tổng điểm tối đa",
    mainIndices: "Các chỉ số chính",
    code: "Mã",
    name: "Tên",
    maxPoints: "Điểm tối đa",
    indicators: "Số chỉ số thành phần",
    group: "Nhóm",
    groups: { foundation: "Nền tảng", activity: "Hoạt động", unscored: "Không tính điểm" },
    provisionalList: "Các chỉ số tạm thời",
    provisionalIntro: "Các chỉ số sau được phiên âm chưa chắc chắn; kết quả của chúng cần được đối chiếu với văn bản gốc.",
    provisional: "Tạm thời",
    generalInfo: "Thông tin chung",
    unit: "Đơn vị",
    leadAgency: "Cơ quan chủ trì",
    cooperating: "Cơ quan phối hợp",
    agencies: "Cơ quan",
    method: "Cách xác định và tính điểm",
    rule: "Công thức tính điểm",
    inputs: "Số liệu đầu vào",
    address: "Địa chỉ",
    inputId: "Mã số liệu",
    label: "Nội dung",
    range: "Phạm vi / lựa chọn",
    evidence: "Tài liệu kiểm chứng",
    notes: "Ghi chú",
    none: "Không có",
    points: "điểm",
    subIndicators: "Chỉ số con",
    parent: "Thuộc chỉ số",
    fixed: "cố định",
    assumed: "giả định",
    noInputs: "Không có số liệu đầu vào riêng (điểm được cộng từ các chỉ số con).",
    noInputsKnown: "Chưa rõ số liệu đầu vào (nguồn chưa công bố cách tính).",
    noInputsNotScored: "Không có số liệu đầu vào (không tính điểm).",
  },
  en: {
    handbook: "Indicator handbook",
    pack: "Pack",
    version: "version",
    legalBasis: "Legal basis",
    decision: "Decision",
    date: "dated",
    issuer: "Issued by",
    source: "Transcribed from",
    origin: "Source",
    components: "Components",
    years: "Years",
    level: "Level",
    coverage: "Coverage",
    aggregation: "How scores aggregate",
    overall: "Overall DTI = points earned / maximum points, over every scored main index",
    pillars: "Pillars",
    pillarRule: "Pillar value = points of the pillar's main indices / their maximum points",
    precision: (n: number) => `Published values are rounded to ${n} decimals; equal rounded values share a rank (1, 2, 2, 4).`,
    totalPoints: "Total points",
    mainIndices: "Main indices",
    code: "Code",
    name: "Name",
    maxPoints: "Max points",
    indicators: "Indicators",
    group: "Group",
    groups: { foundation: "Foundation", activity: "Activity", unscored: "Not scored" },
    provisionalList: "Provisional indicators",
    provisionalIntro: "The transcription of these indicators is uncertain; check their results against the official text.",
    provisional: "Provisional",
    generalInfo: "General information",
    unit: "Unit",
    leadAgency: "Lead agency",
    cooperating: "Cooperating agencies",
    agencies: "Agencies",
    method: "Method (official text)",
    rule: "Scoring rule",
    inputs: "Inputs",
    address: "Address",
    inputId: "Input id",
    label: "Label",
    range: "Range / options",
    evidence: "Evidence",
    notes: "Notes",
    none: "None",
    points: "points",
    subIndicators: "Sub-indicators",
    parent: "Part of",
    fixed: "fixed",
    assumed: "assumed",
    noInputs: "No inputs of its own (points are the sum of its sub-indicators).",
    noInputsKnown: "Inputs unknown (the sources do not publish the rule).",
    noInputsNotScored: "No inputs (not scored).",
  },
} as const;

type Words = (typeof WORDS)[Lang];

const UNIT_WORDS: Record<Lang, Record<InputDefinition["unit"], string>> = {
  vi: { count: "số lượng", boolean: "Có/Không", choice: "lựa chọn", billion_vnd: "tỷ đồng", percent: "%", number: "số", text: "văn bản" },
  en: { count: "count", boolean: "yes/no", choice: "choice", billion_vnd: "billion VND", percent: "%", number: "number", text: "text" },
};

const COVERAGE_WORDS: Record<Lang, Record<Pack["meta"]["coverage"], string>> = {
  vi: {
    full: "đầy đủ: tính điểm từ số liệu gốc (full)",
    indices: "chỉ số chính: tổng hợp từ giá trị các chỉ số chính (indices)",
    published: "chỉ mô tả kết quả đã công bố (published)",
  },
  en: {
    full: "full: scores raw inputs",
    indices: "indices: aggregates main-index values",
    published: "published: describes published values only",
  },
};

function text(value: LocalizedText | undefined, lang: Lang): string {
  if (!value) return "";
  return lang === "en" ? (value.en ?? value.vi) : value.vi;
}

/** A table cell: one line, pipes escaped. */
function cell(value: string): string {
  return value.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join(
    "\n",
  );
}

/** Multi-line official text as a quote, line breaks kept. */
function quote(value: string): string {
  return value
    .split(/\r?\n/)
    .map((line) => (line.trim() === "" ? ">" : `> ${line}`))
    .join("\n");
}

function rangeText(input: InputDefinition, lang: Lang, w: Words): string {
  if (input.constant !== undefined) return `${w.fixed} = ${formatNumber(input.constant, lang)}`;
  if (input.unit === "choice")
    return (input.options ?? []).map((o) => `\`${o.value}\`: ${text(o.label, lang)}${o.assumed ? ` (${w.assumed})` : ""}`).join("; ");
  if (input.unit === "boolean") return lang === "vi" ? "`true` (Có) / `false` (Không)" : "`true` / `false`";
  if (input.unit === "text") return "";
  const min = input.min ?? (input.unit === "count" || input.unit === "billion_vnd" ? 0 : undefined);
  const parts: string[] = [];
  if (min !== undefined) parts.push(`≥ ${formatNumber(min, lang)}`);
  if (input.max !== undefined) parts.push(`≤ ${formatNumber(input.max, lang)}`);
  if (input.unit === "count") parts.push(lang === "vi" ? "số nguyên" : "whole number");
  return parts.join(", ");
}

function agencyText(code: string, names: Map<string, LocalizedText>, lang: Lang): string {
  const name = names.get(code);
  const full = name ? text(name, lang) : "";
  return full && full !== code ? `${code} (${full})` : code;
}

function header(pack: Pack, lang: Lang, w: Words): string[] {
  const { meta } = pack;
  const basis = meta.legalBasis;
  const lines = [
    `# ${w.handbook}: ${text(meta.title, lang)}`,
    "",
    `${w.pack} \`${meta.id}\`, ${w.version} ${meta.version}.`,
    "",
    `## ${w.legalBasis}`,
    "",
    `- ${w.decision} ${basis.decision}, ${w.date} ${basis.date}${basis.title ? `: ${text(basis.title, lang)}` : ""}`,
    `- ${w.issuer}: ${text(basis.issuer, lang)}`,
  ];
  if (basis.url) lines.push(`- ${basis.url}`);
  if (meta.source) {
    const s = meta.source;
    const detail = [s.number, s.date ? `${w.date} ${s.date}` : undefined, s.issuer ? text(s.issuer, lang) : undefined]
      .filter(Boolean)
      .join(", ");
    lines.push(`- ${w.source}: ${text(s.title, lang)}${detail ? ` (${detail})` : ""}`);
    if (s.note) lines.push(`  ${s.note}`);
  }
  lines.push(
    "",
    `- **${w.years}**: ${meta.years.join(", ")}`,
    `- **${w.level}**: ${meta.level}`,
    `- **${w.coverage}**: ${COVERAGE_WORDS[lang][meta.coverage]}`,
  );
  return lines;
}

/** Points as published, or a plain "unknown" where the sources do not give them. */
function pointsText(points: number | null, lang: Lang): string {
  return points === null ? (lang === "vi" ? "chưa rõ" : "unknown") : formatNumber(points, lang);
}

function aggregation(pack: Pack, lang: Lang, w: Words): string[] {
  const topLevel = (code: string) => pack.indicators.filter((x) => x.index === code && !x.parent).length;
  const indexName = new Map(pack.indices.map((x) => [x.code, text(x.name, lang)]));
  const known = pack.indices.every((x) => x.maxPoints !== null);
  const total = pack.aggregation.totalPoints ?? (known ? pack.indices.reduce((sum, x) => sum + (x.maxPoints ?? 0), 0) : null);
  const lines = [
    "",
    `## ${w.aggregation}`,
    "",
    `- ${w.overall}.`,
    `- ${w.totalPoints}: ${pointsText(total, lang)}${total === null ? "" : ` ${w.points}`}.`,
    `- ${w.precision(pack.aggregation.precision)}`,
  ];
  if (pack.aggregation.pillars.length > 0) {
    lines.push(`- ${w.pillarRule}:`);
    for (const pillar of pack.aggregation.pillars)
      lines.push(
        `  - **${text(pillar.name, lang)}** (\`${pillar.id}\`): ${pillar.indices.map((c) => `${c}. ${indexName.get(c) ?? c}`).join("; ")}`,
      );
  }
  lines.push(
    "",
    `### ${w.mainIndices}`,
    "",
    table(
      [w.code, w.name, w.maxPoints, w.indicators, w.group],
      pack.indices.map((x) => [x.code, text(x.name, lang), pointsText(x.maxPoints, lang), String(topLevel(x.code)), w.groups[x.group]]),
    ),
  );
  return lines;
}

function provisionalSummary(pack: Pack, lang: Lang, w: Words): string[] {
  const provisional = pack.indicators.filter((x) => x.provisional);
  if (provisional.length === 0) return [];
  return [
    "",
    `## ⚠️ ${w.provisionalList}`,
    "",
    w.provisionalIntro,
    "",
    ...provisional.map((x) => `- **${x.code}** ${text(x.name, lang)}: ${x.provisional!.reason}`),
  ];
}

function generalInfo(pack: Pack, lang: Lang, w: Words, agencies: Map<string, LocalizedText>): string[] {
  if (pack.generalInfo.length === 0) return [];
  return [
    "",
    `## ${w.generalInfo}`,
    "",
    table(
      [w.code, w.name, w.unit, w.leadAgency],
      pack.generalInfo.map((g) => [
        g.code,
        text(g.name, lang),
        UNIT_WORDS[lang][g.unit],
        g.leadAgency ? agencyText(g.leadAgency, agencies, lang) : "",
      ]),
    ),
  ];
}

function indicatorSection(
  indicator: IndicatorDefinition,
  lang: Lang,
  w: Words,
  inputs: Map<string, InputDefinition>,
  agencies: Map<string, LocalizedText>,
): string[] {
  const level = indicator.parent ? "####" : "###";
  const flag = indicator.provisional ? ` ⚠️ ${w.provisional}` : "";
  const lines = [
    "",
    `${level} ${indicator.code}. ${text(indicator.name, lang)}${flag}`,
    "",
    `- **${w.maxPoints}**: ${pointsText(indicator.maxPoints, lang)}`,
  ];
  if (indicator.parent) lines.push(`- **${w.parent}**: ${indicator.parent}`);
  if (indicator.rule.kind === "sum_children") lines.push(`- **${w.subIndicators}**: ${indicator.rule.children.join(", ")}`);
  lines.push(
    `- **${w.leadAgency}**: ${indicator.leadAgency ? agencyText(indicator.leadAgency, agencies, lang) : w.none}`,
    `- **${w.cooperating}**: ${indicator.cooperatingAgencies.length > 0 ? indicator.cooperatingAgencies.map((a) => agencyText(a, agencies, lang)).join("; ") : w.none}`,
  );
  if (indicator.provisional) lines.push(`- **⚠️ ${w.provisional}**: ${indicator.provisional.reason}`);
  lines.push("", `**${w.method}**`, "", quote(text(indicator.method, lang)));
  lines.push("", `**${w.rule}**: ${renderRule(indicator.rule, lang, (id) => addressOf(indicator, id))}`);
  lines.push("", `**${w.inputs}**`, "");
  if (indicator.inputs.length === 0)
    lines.push(
      indicator.rule.kind === "sum_children" ? w.noInputs : indicator.rule.kind === "unknown" ? w.noInputsKnown : w.noInputsNotScored,
    );
  else
    lines.push(
      table(
        [w.address, w.inputId, w.label, w.unit, w.range],
        indicator.inputs.map((ref) => {
          const input = inputs.get(ref.input);
          return [
            addressOf(indicator, ref.input),
            `\`${ref.input}\``,
            input ? text(input.label, lang) : "",
            input ? UNIT_WORDS[lang][input.unit] : "",
            input ? rangeText(input, lang, w) : "",
          ];
        }),
      ),
    );
  if (indicator.evidence) lines.push("", `**${w.evidence}**: ${text(indicator.evidence, lang)}`);
  if (indicator.source) lines.push("", `**${w.origin}**: ${indicator.source}`);
  if (indicator.notes) lines.push("", `**${w.notes}**: ${indicator.notes}`);
  return lines;
}

function indexSection(
  index: MainIndex,
  pack: Pack,
  lang: Lang,
  w: Words,
  inputs: Map<string, InputDefinition>,
  agencies: Map<string, LocalizedText>,
): string[] {
  const members = pack.indicators.filter((x) => x.index === index.code);
  // Sub-indicators follow their parent, so 5.12.1–5.12.6 read under 5.12.
  const ordered = members.filter((x) => !x.parent).flatMap((top) => [top, ...members.filter((x) => x.parent === top.code)]);
  const orphans = members.filter((x) => !ordered.includes(x));
  const lines = ["", `## ${index.code}. ${text(index.name, lang)} (${pointsText(index.maxPoints, lang)} ${w.points})`];
  if (index.notes) lines.push("", index.notes);
  if (index.source) lines.push("", `**${w.origin}**: ${index.source}`);
  if (index.components && index.components.length > 0)
    lines.push(
      "",
      `**${w.components}**:`,
      "",
      ...index.components.map(
        (c) => `- ${c.code ? `${c.code}. ` : ""}${text(c.name, lang)} (${pointsText(c.maxPoints, lang)} ${w.points})`,
      ),
    );
  for (const indicator of [...ordered, ...orphans]) lines.push(...indicatorSection(indicator, lang, w, inputs, agencies));
  return lines;
}

export function renderHandbook(pack: Pack, lang: Lang = "vi"): string {
  const w = WORDS[lang];
  const inputs = new Map(pack.inputs.map((x) => [x.id, x]));
  const agencies = new Map(pack.agencies.map((a) => [a.code, a.name]));
  const lines = [
    ...header(pack, lang, w),
    ...aggregation(pack, lang, w),
    ...provisionalSummary(pack, lang, w),
    ...generalInfo(pack, lang, w, agencies),
    ...pack.indices.flatMap((index) => indexSection(index, pack, lang, w, inputs, agencies)),
  ];
  return `${lines.join("\n")}\n`;
}

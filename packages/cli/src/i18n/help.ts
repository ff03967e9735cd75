import type { Lang } from "./lang";
import type { Localized } from "./message";

/**
 * The help of every command, argument and option, in Vietnamese and English: `dti --help` and
 * `dti <command> --help` follow `--lang` (DTI_LANG, Vietnamese by default) like everything else.
 * Keys are "<command>" for a command's description and "<command> <option or argument>" for the rest.
 */
const PACK_ARG: Localized = {
  vi: "mã gói đã cài, thư mục gói hoặc tệp gói (bundle)",
  en: "installed pack id, pack directory or bundle file",
};
const PACK_DEFAULT: Localized = {
  vi: 'mã gói đã cài, thư mục gói hoặc tệp gói (mặc định: "pack" của tệp JSON, nếu không thì gói đã cài của năm đánh giá)',
  en: 'installed pack id, pack directory or bundle file (default: the JSON input\'s "pack", else the installed pack for the period)',
};
const PERIOD_RAW: Localized = {
  vi: "năm đánh giá (bắt buộc với CSV; thay cho năm ghi trong tệp JSON)",
  en: "assessment year (required for CSV; overrides the JSON's period)",
};
const LENIENT: Localized = {
  vi: "cho phép thiếu đầu vào (chỉ số thiếu đầu vào được 0 điểm, kèm cảnh báo) và chỉ thế: tỷ lệ không thể có (tử số lớn hơn mẫu số, kể cả khi thiếu đầu vào khác), giá trị ngoài khoảng và khóa lạ luôn bị từ chối",
  en: "allow missing inputs (each indicator missing one scores 0, with a warning) and nothing else: impossible ratios (a numerator above its denominator, even with another input missing), out-of-range values and unknown keys are refused in every mode",
};
const JSON_OUT: Localized = { vi: "in kết quả dạng JSON ra stdout", en: "print JSON on stdout" };

export const HELP: Record<string, Localized> = {
  dti: {
    vi: "Tính Chỉ số chuyển đổi số (DTI) cấp tỉnh của Việt Nam theo các bộ chỉ số (gói).",
    en: "Score Vietnam's provincial Digital Transformation Index (DTI) with indicator packs.",
  },
  "dti --version": { vi: "in số phiên bản", en: "output the version number" },
  "dti --lang": {
    vi: "ngôn ngữ của thông báo và kết quả: vi (mặc định, hoặc biến môi trường DTI_LANG) hoặc en",
    en: "language of messages and output: vi (the default, or the environment variable DTI_LANG) or en",
  },
  "dti --help": { vi: "in hướng dẫn của lệnh", en: "display help for command" },
  "dti help": { vi: "in hướng dẫn của một lệnh", en: "display help for command" },

  packs: {
    vi: "liệt kê các gói chỉ số tìm thấy (phụ thuộc, indicator-packs/, DTI_PACKS_PATH): mã, phiên bản, mã băm, năm, số chỉ số, điểm, phạm vi, nguồn",
    en: "list the indicator packs found (dependencies, indicator-packs/, DTI_PACKS_PATH): id, version, hash, years, indicators, points, coverage, where from",
  },
  "packs --json": { vi: "in JSON (mã băm đầy đủ) ra stdout", en: "print JSON (full hashes) on stdout" },

  pack: {
    vi: "kiểm tra, đóng gói, lập tài liệu, so sánh, phát hành, tạo mới và kiểm thử các gói chỉ số",
    en: "validate, build, document, compare, release, scaffold and test indicator packs",
  },
  "pack validate": {
    vi: "kiểm tra một gói (mã đã cài, thư mục hoặc bundle.json) trong một lượt: lược đồ, tham chiếu, phân cấp, điểm, biểu thức, bảng chuyển đổi (so với các gói đã cài mà chúng chuyển từ) và bản ghi phiên bản (pack-versions.json); mỗi vấn đề kèm mã chỉ số trong đường dẫn; thoát với mã 1 nếu có lỗi",
    en: "check a pack (installed id, directory or bundle.json) in one pass: schema, references, hierarchy, points, expressions, crosswalks (against the installed packs they map from) and the version record (pack-versions.json); every problem with its indicator's code in its path; exit 1 if any",
  },
  "pack validate <pack>": PACK_ARG,
  "pack validate --json": {
    vi: "in báo cáo dạng JSON ra stdout (mọi vấn đề, dù nhiều đến đâu)",
    en: "print the report as JSON on stdout (every problem, however many)",
  },
  "pack build": {
    vi: 'ghi một gói thành tệp JSON (bundle) ({ "format": "dti-pack-bundle@1", "pack": … }) mà mọi lệnh dti đều nhận',
    en: 'write a pack as a JSON bundle ({ "format": "dti-pack-bundle@1", "pack": … }) that any dti command accepts',
  },
  "pack build <pack>": PACK_ARG,
  "pack build --out": { vi: "tệp bundle cần ghi", en: "the bundle file to write" },
  "pack docs": {
    vi: "in sổ tay chỉ số của một gói dạng Markdown, theo ngôn ngữ --lang",
    en: "print a pack's indicator handbook as Markdown, in the language of --lang",
  },
  "pack docs <pack>": PACK_ARG,
  "pack docs --out": { vi: "ghi sổ tay ra tệp thay vì stdout", en: "write the handbook to a file instead of stdout" },
  "pack diff": {
    vi: "những gì thay đổi từ gói này sang gói kia: chỉ số chính và chỉ số được thêm, bỏ, đổi tên, đổi điểm, chuyển nhóm, đổi cách tính, từng phía của phép tách hoặc gộp, điểm được chuyển, và thay đổi là patch, minor hay major (.changeset/README.md)",
    en: "what changed from one pack to another: indices and indicators added, removed, renamed, re-weighted, moved, rules changed, every side of a split or merge, points moved, and whether the change is a patch, minor or major (.changeset/README.md)",
  },
  "pack diff <pack-a>": {
    vi: "gói trước: mã đã cài, thư mục, bundle, hoặc tệp phương án giả định (dti-variant@1)",
    en: "the earlier pack: installed id, directory, bundle, or a what-if variant file (dti-variant@1)",
  },
  "pack diff <pack-b>": {
    vi: "gói sau (bảng chuyển đổi của nó từ pack-a, nếu có, dùng để đối chiếu mã)",
    en: "the later pack (its crosswalk from pack-a, if any, matches the codes)",
  },
  "pack diff --json": {
    vi: "in phần khác biệt dạng JSON ra stdout (kèm `change`: mức semver và lý do)",
    en: "print the diff as JSON on stdout (with `change`: the semver class and its reasons)",
  },
  "pack diff --crosswalk-draft": {
    vi: "thay vào đó in bản nháp bảng chuyển đổi từ pack-a sang pack-b để tác giả sửa: mọi trụ cột, chỉ số chính và chỉ số kèm quan hệ đoán được (ts: một mô-đun crosswalks.ts, mặc định; json)",
    en: "print instead a draft crosswalk from pack-a to pack-b for the author to edit: every pillar, index and indicator with a guessed relation (ts: a crosswalks.ts module, the default; json)",
  },
  "pack new": {
    vi: "tạo một gói mới với mã riêng: bản sao của example-pack (đầy đủ, có chú thích, có ca kiểm thử vàng), hoặc với --from là bản sửa đổi tiếp theo của một gói có sẵn",
    en: "start a new pack under its own id: a copy of example-pack (complete, commented, with golden cases), or with --from the next revision of an existing pack",
  },
  "pack new <id>": {
    vi: "mã của gói mới, dạng kebab-case, ví dụ dti-province-2026",
    en: "the new pack's id, kebab-case, e.g. dti-province-2026",
  },
  "pack new --dir": { vi: "nơi tạo gói (gói nằm trong <dir>/<id>)", en: "where to create it (the pack goes in <dir>/<id>)" },
  "pack new --title": {
    vi: "tên tiếng Việt của gói (mặc định: tên của gói mẫu, cần thay trong src/meta.ts)",
    en: "the pack's Vietnamese title (default: the example's, to be replaced in src/meta.ts)",
  },
  "pack new --from": {
    vi: 'sao chép gói này (mã hoặc thư mục) thành bản sửa đổi tiếp theo: mã và năm mới, phiên bản 1.0.0, bảng chuyển đổi sang nó với mọi quan hệ "same", các ca kiểm thử vàng và một tệp kiểm thử',
    en: 'copy this pack (id or directory) as the next revision: new id and years, version 1.0.0, a crosswalk to it with every mapping "same", its golden cases and a test',
  },
  "pack new --years": {
    vi: "cùng --from: các năm của gói mới, ví dụ 2026 hoặc 2026,2027 (mặc định: năm trong mã, nếu không thì năm sau năm cuối của gói nguồn)",
    en: "with --from: the new pack's years, e.g. 2026 or 2026,2027 (default: the year in the id, else the year after the source's last)",
  },
  "pack release": {
    vi: 'ghi phiên bản và mã băm nội dung của gói vào pack-versions.json ({"1.0.0": "sha256:…"}) khi gói hợp lệ; từ chối một phiên bản đã phát hành mà nội dung đã đổi (hãy tăng phiên bản trước)',
    en: 'record a pack\'s version and content hash in its pack-versions.json ({"1.0.0": "sha256:…"}) once it validates; refuses a released version whose content changed (bump it first)',
  },
  "pack release <pack>": {
    vi: "thư mục gói hoặc mã gói đã cài (không phải bundle: bản ghi nằm trong thư mục gói)",
    en: "pack directory or installed pack id (not a bundle: the record lives in the pack's directory)",
  },
  "pack test": {
    vi: "chạy các ca kiểm thử vàng của gói (fixtures/cases/*.yaml, cùng bộ chạy mà kiểm thử của gói dùng) và kiểm tra số liệu đã công bố (fixtures/published-*.yaml); thoát với mã 1 nếu có ca sai",
    en: "run a pack's golden cases (fixtures/cases/*.yaml, the runner its own tests use) and published-figure checks (fixtures/published-*.yaml); exit 1 on a failure",
  },
  "pack test <pack>": {
    vi: "mã hoặc tên gói của một gói tìm thấy, hoặc một thư mục gói",
    en: "a found pack's id or package name, or a pack directory",
  },
  "pack test --json": JSON_OUT,

  score: {
    vi: "tính điểm các đơn vị từ số liệu gốc (JSON, CSV dạng rộng hoặc dạng dài): tổng thể, trụ cột, chỉ số chính, thứ hạng",
    en: "score units from raw inputs (JSON, wide CSV or long CSV): overall, pillars, main indices, ranks",
  },
  "score --pack": PACK_DEFAULT,
  "score --input": {
    vi: "tệp số liệu: .json, hoặc .csv (dạng rộng: code,name,<đầu vào>… hoặc dạng dài: code,name,input,value)",
    en: "input file: .json, or .csv (wide: code,name,<input>… or long: code,name,input,value)",
  },
  "score --period": PERIOD_RAW,
  "score --lenient": LENIENT,
  "score --json": {
    vi: "in kết quả JSON (dạng ScoreResult) riêng ra stdout",
    en: "print the result JSON (the ScoreResult shape) alone on stdout",
  },
  "score --explain": { vi: "cùng --json: kèm giải thích cho từng chỉ số", en: "with --json: attach an explanation to every indicator" },
  "score --indicators": { vi: "in thêm điểm từng chỉ số của mỗi đơn vị", en: "also print each unit's points per indicator" },

  aggregate: {
    vi: "tổng thể, trụ cột và thứ hạng chỉ từ giá trị các chỉ số chính (cho bảng đã công bố không có số liệu gốc)",
    en: "overall, pillars and ranks from main-index values alone (for published tables without raw data)",
  },
  "aggregate --pack": {
    vi: "mã gói đã cài, thư mục gói hoặc tệp gói (mặc định: gói đã cài của năm --period)",
    en: "installed pack id, pack directory or bundle file (default: the installed pack for --period)",
  },
  "aggregate --index-values": {
    vi: "CSV: code, name (không bắt buộc), mỗi chỉ số chính một cột (I … VIII hoặc tên của nó)",
    en: "CSV: code, name (optional), one column per main index (I … VIII or its name)",
  },
  "aggregate --period": { vi: "năm đánh giá (bắt buộc: tệp CSV không ghi năm)", en: "assessment year (required: a CSV carries none)" },
  "aggregate --json": { vi: "in kết quả JSON riêng ra stdout", en: "print the result JSON alone on stdout" },

  explain: {
    vi: "giải thích điểm của một đơn vị: với từng chỉ số, công thức, số liệu đã dùng, điểm bị mất và cách đạt điểm tối đa",
    en: "explain one unit's points: per indicator the rule, inputs used, points lost and what earns full points",
  },
  "explain --pack": PACK_DEFAULT,
  "explain --input": {
    vi: "tệp số liệu (.json hoặc .csv), như dti score; cả nhóm đơn vị đều được tính",
    en: "input file (.json or .csv), as for dti score; the whole cohort is scored",
  },
  "explain --unit": { vi: "đơn vị cần giải thích", en: "the unit to explain" },
  "explain --indicator": { vi: "chỉ giải thích chỉ số này (ví dụ 3.3)", en: "explain this indicator only (e.g. 3.3)" },
  "explain --top": { vi: "chỉ in n chỉ số bị mất nhiều điểm nhất", en: "show only the n indicators that lost most points" },
  "explain --period": { vi: "năm đánh giá (bắt buộc với CSV)", en: "assessment year (required for CSV)" },
  "explain --lenient": LENIENT,
  "explain --json": { vi: "in phần giải thích dạng JSON riêng ra stdout", en: "print the explanation as JSON alone on stdout" },

  compare: {
    vi: "so sánh giá trị và thứ hạng của từng đơn vị giữa hai năm và/hoặc hai gói (bản sửa đổi của khung, phương án giả định), kèm những gì không so sánh được",
    en: "compare each unit's values and ranks between two years and/or two packs (framework revisions, what-if variants), with what cannot be compared",
  },
  "compare --from": {
    vi: "phía trước, ví dụ dti-province-2022:2022 (gói: mã, thư mục, bundle hoặc tệp phương án)",
    en: "the earlier side, e.g. dti-province-2022:2022 (the pack: id, directory, bundle or variant file)",
  },
  "compare --to": { vi: "phía sau, ví dụ dti-province-2022:2023", en: "the later side, e.g. dti-province-2022:2023" },
  "compare --input": {
    vi: 'CSV kết quả (period,code,name,overall[,cột chỉ số chính]), JSON số liệu gốc ({ "datasets": [ { "period", "units" } ] }) hoặc một tệp số liệu như dti score; hai lần: của --from rồi của --to',
    en: 'results CSV (period,code,name,overall[,index columns]), raw datasets JSON ({ "datasets": [ { "period", "units" } ] }) or a raw file as for dti score; twice: --from\'s then --to\'s',
  },
  "compare --decompose": {
    vi: "tách thay đổi của từng đơn vị thành phần do phương pháp và phần do tiến bộ (cần số liệu gốc của cả hai năm, hai gói tính từ số liệu gốc)",
    en: "split each unit's change into method and progress (raw data for both years, both packs scoring raw inputs)",
  },
  "compare --lenient": {
    vi: "tính 0 điểm cho đầu vào gốc bị thiếu, kèm cảnh báo, thay vì từ chối",
    en: "score missing raw inputs 0 with a warning instead of refusing them",
  },
  "compare --json": {
    vi: "in { comparison, from, to } dạng JSON ra stdout (from và to: hai ScoreResult)",
    en: "print { comparison, from, to } as JSON on stdout (from and to: the two ScoreResults)",
  },

  variant: {
    vi: "tính điểm số liệu theo gói chính thức và theo một phương án giả định (tệp dti-variant@1), đặt cạnh nhau",
    en: "score the input under the official pack and under a what-if variant (dti-variant@1 overlay), side by side",
  },
  "variant --pack": {
    vi: 'gói chính thức (mặc định: "base" mà tệp phương án ghi)',
    en: 'the official pack (default: the "base" the overlay names)',
  },
  "variant --variant": {
    vi: 'tệp phương án giả định: { "format": "dti-variant@1", "id", "base", "title", "changes": [ … ] }',
    en: 'what-if overlay: { "format": "dti-variant@1", "id", "base", "title", "changes": [ … ] }',
  },
  "variant --input": { vi: "tệp số liệu (.json hoặc .csv), như dti score", en: "input file (.json or .csv), as for dti score" },
  "variant --period": PERIOD_RAW,
  "variant --lenient": LENIENT,
  "variant --json": {
    vi: "in { official, variant, comparison } dạng JSON ra stdout",
    en: "print { official, variant, comparison } as JSON on stdout",
  },

  sensitivity: {
    vi: "thứ hạng của từng đơn vị ổn định đến đâu trước các phương án mà gói khai báo (trọng số, ngưỡng, cách chuẩn hóa): khoảng hạng qua các lần rút ngẫu nhiên có hạt giống, và phương án nào làm thứ hạng thay đổi nhiều nhất",
    en: "how stable each unit's rank is under the alternatives the pack declares (weights, thresholds, normalisations): rank bands over seeded random draws, and which alternatives move ranks most",
  },
  "sensitivity --pack": PACK_DEFAULT,
  "sensitivity --input": {
    vi: "số liệu gốc như dti score: .json, hoặc .csv (dạng rộng hoặc dạng dài)",
    en: "raw inputs as for dti score: .json, or .csv (wide or long)",
  },
  "sensitivity --period": PERIOD_RAW,
  "sensitivity --runs": { vi: "số lần rút ngẫu nhiên các phương án", en: "random draws of the alternatives" },
  "sensitivity --seed": {
    vi: "hạt giống của các lần rút: cùng hạt giống cho cùng khoảng hạng",
    en: "seed of the random draws: the same seed gives the same bands",
  },
  "sensitivity --lenient": {
    vi: "tính 0 điểm cho đầu vào bị thiếu, kèm cảnh báo, thay vì từ chối",
    en: "score missing inputs 0 with a warning instead of refusing them",
  },
  "sensitivity --json": { vi: "in kết quả dạng JSON ra stdout", en: "print the result as JSON on stdout" },

  units: {
    vi: "các tỉnh, thành phố trực thuộc trung ương có hiệu lực vào một ngày (63 đến 30/06/2025, 34 từ 01/07/2025), kèm 34 đơn vị được hình thành từ đâu",
    en: "the provinces and centrally-run cities valid on a date (63 until 2025-06-30, 34 from 2025-07-01), with what the 34 were formed from",
  },
  "units --at": { vi: "ngày (YYYY-MM-DD); mặc định: hôm nay ở Việt Nam", en: "the date (YYYY-MM-DD); default: today in Vietnam" },
  "units --region": {
    vi: 'một vùng kinh tế - xã hội, theo tên hoặc mã (ví dụ "Đồng bằng sông Hồng", red-river-delta)',
    en: 'one socio-economic region, by name or id (e.g. "Đồng bằng sông Hồng", red-river-delta)',
  },
  "units --json": JSON_OUT,

  template: {
    vi: "ghi mẫu nhập liệu của một gói: sổ tính đánh giá (.xlsx) hoặc CSV các đầu vào theo địa chỉ chính thức (.csv)",
    en: "write a pack's input template: the assessment workbook (.xlsx) or a CSV of its inputs by official address (.csv)",
  },
  "template --pack": {
    vi: "mã hoặc tên gói của một gói tìm thấy, một thư mục gói hoặc một bundle",
    en: "a found pack's id or package name, a pack directory or a bundle",
  },
  "template --period": { vi: "năm đánh giá (mặc định: năm cuối của gói)", en: "the assessment year (default: the pack's last year)" },
  "template --unit": { vi: "mã đơn vị ghi trong mẫu", en: "the unit's code written in the template" },
  "template --name": {
    vi: "tên đơn vị ghi trong mẫu (mặc định: mã của nó)",
    en: "the unit's name written in the template (default: its code)",
  },
  "template --out": { vi: "tệp cần ghi: .xlsx hoặc .csv", en: "the file to write: .xlsx or .csv" },

  backcast: {
    vi: "quy đổi kết quả của các tỉnh cũ sang các đơn vị có hiệu lực vào một ngày (ví dụ 63 tỉnh của DTI 2024 sang 34 đơn vị từ 01/07/2025)",
    en: "carry results of the old provinces over to the units valid on a date (e.g. the 63 of DTI 2024 to the 34 of 2025-07-01)",
  },
  "backcast --pack": {
    vi: "gói đã dùng để tính kết quả (các chỉ số chính của nó đặt tên cho các cột)",
    en: "the pack the results were computed under (its main indices name the columns)",
  },
  "backcast --results": {
    vi: "CSV (mã hoặc tên, cột overall và/hoặc cột chỉ số chính, cột weight không bắt buộc) hoặc các dòng JSON",
    en: "CSV (code or name, overall and/or main-index columns, optional weight) or JSON rows",
  },
  "backcast --to": {
    vi: "ngày mà kết quả cần theo các đơn vị của ngày đó (YYYY-MM-DD), ví dụ 2025-07-01",
    en: "the date whose units the results are wanted for (YYYY-MM-DD), e.g. 2025-07-01",
  },
  "backcast --rule": {
    vi: "mean (cách của Bộ cho DTI 2024) hoặc weighted (theo cột weight)",
    en: "mean (the ministry's rule for DTI 2024) or weighted (by the weight column)",
  },
  "backcast --partial": {
    vi: "chỉ quy đổi các đơn vị mới có đủ số liệu của mọi tỉnh cũ, và liệt kê các đơn vị còn lại",
    en: "back-cast only the new units whose old provinces are all given, and list the others",
  },
  "backcast --json": JSON_OUT,

  demo: {
    vi: "tính điểm bộ số liệu minh họa đi kèm (các tỉnh hư cấu) và cho biết tỉnh đầu tiên có thể tăng điểm ở đâu",
    en: "score the bundled demo dataset (fictional provinces) and show where the first one can gain points",
  },
  "demo --top": { vi: "số chỉ số liệt kê cho tỉnh đầu tiên", en: "how many indicators to list for the first province" },
};

/** The help texts of a language; an unknown key is a bug, caught by the tests that print every help. */
export function helpIn(lang: Lang): (key: string) => string {
  return (key) => {
    const text = HELP[key];
    if (!text) throw new Error(`no help text "${key}"`);
    return text[lang];
  };
}

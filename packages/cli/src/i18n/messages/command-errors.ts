import { message } from "../message";

/** Problems a command finds itself: a pack not found or not chosen, a unit or year not in the data, a bad value. */
export const COMMAND_ERRORS = {
  "pack.notFound": message<{ reference: string; installed: string }>(
    (p) => `không có gói "${p.reference}": không phải gói đã cài (đã cài: ${p.installed || "không có"}), thư mục gói hay tệp gói`,
    (p) => `no pack "${p.reference}": not an installed pack (installed: ${p.installed || "none"}), a pack directory or a bundle file`,
  ),
  "pack.noneForYear": message<{ year: number; cover: string }>(
    (p) => `không có gói nào đã cài áp dụng cho năm ${p.year}; các gói áp dụng cho: ${p.cover}`,
    (p) => `no installed pack applies to ${p.year}; packs cover ${p.cover}`,
  ),
  "pack.severalForYear": message<{ count: number; year: number; ids: string }>(
    (p) => `${p.count} gói cùng áp dụng cho năm ${p.year}: ${p.ids}; hãy chọn một bằng --pack (\`dti packs\` liệt kê các gói)`,
    (p) => `${p.count} packs apply to ${p.year}: ${p.ids}; name one with --pack (\`dti packs\` lists them)`,
  ),
  "pack.unreadable": message<{ ids: string }>(
    (p) => `; không đọc được ${p.ids} (\`dti packs\` cho biết lý do)`,
    (p) => `; ${p.ids} could not be loaded (\`dti packs\` says why)`,
  ),
  "pack.required": message<{ file: string }>(
    (p) =>
      `chưa chọn gói: dùng --pack <id>${p.file ? ` hoặc thêm "pack": "<id>" vào ${p.file}` : ""}, hoặc cho biết năm đánh giá để chọn gói của năm đó (\`dti packs\` liệt kê các gói đã cài)`,
    (p) =>
      `no pack given: use --pack <id>${p.file ? ` or add "pack": "<id>" to ${p.file}` : ""}, or give the period so that the pack for that year is chosen (\`dti packs\` lists the installed packs)`,
  ),
  "pack.requiredForIndices": message(
    () => "chưa chọn gói: dùng --pack <id>, hoặc --period để chọn gói đã cài của năm đó",
    () => "no pack given: use --pack <id>, or give --period so that the installed pack for that year is chosen",
  ),
  "pack.isBundleRelease": message<{ reference: string }>(
    (p) => `${p.reference} là tệp gói: hãy phát hành từ thư mục gói đã dựng ra nó`,
    (p) => `${p.reference} is a bundle: release the pack directory it was built from`,
  ),
  "pack.isBundleTest": message<{ reference: string }>(
    (p) => `${p.reference} là tệp gói: các ca kiểm thử vàng nằm trong thư mục gói (fixtures/cases)`,
    (p) => `${p.reference} is a bundle: golden cases live in a pack directory (fixtures/cases)`,
  ),
  "pack.cannotRelease": message<{ id: string; version: string }>(
    (p) => `chưa phát hành được ${p.id} ${p.version} như hiện tại`,
    (p) => `${p.id} ${p.version} cannot be released as it is`,
  ),
  "pack.templateMissing": message<{ id: string }>(
    (p) => `gói mẫu ${p.id} chưa được cài cạnh CLI (@dti-packs/${p.id}); hãy chạy pnpm install`,
    (p) => `the template pack ${p.id} is not installed beside the CLI (@dti-packs/${p.id}); run pnpm install`,
  ),
  "pack.sourceNotFound": message<{ reference: string; found: string }>(
    (p) => `không có gói "${p.reference}" để sao chép: không phải gói tìm thấy (${p.found}) hay thư mục gói`,
    (p) => `no pack "${p.reference}" to copy: not a found pack (${p.found}) nor a pack directory`,
  ),
  "pack.noDefinePack": message<{ file: string }>(
    (p) => `${p.file} không gọi definePack({ … }): hãy tự thêm \`crosswalks\` từ ./crosswalks`,
    (p) => `${p.file} does not call definePack({ … }): add \`crosswalks\` from ./crosswalks by hand`,
  ),
  "packNew.notKebab": message<{ id: string }>(
    (p) =>
      `"${p.id}" không phải mã dạng kebab-case: dùng chữ thường và chữ số nối bằng một dấu gạch ngang, bắt đầu bằng chữ, ví dụ dti-province-2026`,
    (p) =>
      `"${p.id}" is not a kebab-case id: use lower-case letters and digits joined by single hyphens, starting with a letter, e.g. dti-province-2026`,
  ),
  "packNew.templateId": message<{ id: string }>(
    (p) => `"${p.id}" là mã của chính gói mẫu: hãy chọn mã của gói mới, ví dụ dti-province-2026`,
    (p) => `"${p.id}" is the template's own id: choose the new pack's, e.g. dti-province-2026`,
  ),
  "packNew.sourceId": message<{ id: string }>(
    (p) => `"${p.id}" là mã của chính gói nguồn: hãy chọn mã của gói mới`,
    (p) => `"${p.id}" is the source's own id: choose the new pack's`,
  ),
  "packNew.emptyTitle": message(
    () => "--title để trống",
    () => "--title is empty",
  ),
  "packNew.yearsWithoutFrom": message(
    () => "--years chỉ dùng cùng --from",
    () => "--years goes with --from",
  ),
  "packNew.badYears": message<{ text: string }>(
    (p) => `--years "${p.text}": ghi năm như 2026 hoặc 2026,2027`,
    (p) => `--years "${p.text}": give years as 2026 or 2026,2027`,
  ),
  "packNew.exists": message<{ target: string }>(
    (p) => `${p.target} đã có: hãy chọn mã hoặc --dir khác, hoặc xóa thư mục đó trước`,
    (p) => `${p.target} already exists: choose another id or --dir, or remove it first`,
  ),

  "explain.unitNotFound": message<{ unit: string; units: string }>(
    (p) => `đơn vị "${p.unit}" không có trong dữ liệu; các đơn vị: ${p.units}`,
    (p) => `unit "${p.unit}" is not in the input; units: ${p.units}`,
  ),
  "explain.indicatorNotFound": message<{ pack: string; indicator: string; examples: string }>(
    (p) => `gói ${p.pack} không có chỉ số "${p.indicator}"; các chỉ số được đánh số như ${p.examples}`,
    (p) => `pack ${p.pack} has no indicator "${p.indicator}"; indicators are numbered like ${p.examples}`,
  ),

  "aggregate.csvNoPeriod": message<{ file: string; year: number }>(
    (p) => `${p.file} là tệp CSV, không ghi năm đánh giá: hãy thêm --period, ví dụ --period ${p.year}`,
    (p) => `${p.file} is a CSV file, which carries no period: give --period, e.g. --period ${p.year}`,
  ),

  "compare.inputTooMany": message<{ count: number }>(
    (p) => `--input được cho ${p.count} lần: hãy cho một tệp chứa cả hai năm, hoặc hai tệp (của --from rồi của --to)`,
    (p) => `--input is given ${p.count} times: give one file holding both years, or two (--from's, then --to's)`,
  ),
  "compare.noPeriodColumn": message<{ file: string; from: number; to: number }>(
    (p) => `${p.file} không có cột period nên không thể chứa cả ${p.from} và ${p.to}: hãy thêm cột "period", hoặc cho mỗi năm một tệp`,
    (p) => `${p.file} has no period column, so it cannot hold both ${p.from} and ${p.to}: add a "period" column, or give one file per year`,
  ),
  "compare.rawRequired": message<{ side: string }>(
    (p) =>
      `--decompose tính lại số liệu gốc của năm trước theo gói của năm sau: hãy cho số liệu gốc của cả hai năm (phía ${p.side} là bảng kết quả)`,
    (p) =>
      `--decompose re-scores the earlier year's raw inputs under the later pack: give raw data for both years (the ${p.side} side is a table of results)`,
  ),
  "compare.datasetsNotList": message<{ file: string }>(
    (p) => `${p.file}: "datasets" phải là một danh sách như [ { "period": 2022, "units": [ … ] }, { "period": 2023, "units": [ … ] } ]`,
    (p) => `${p.file}: "datasets" must be a list such as [ { "period": 2022, "units": [ … ] }, { "period": 2023, "units": [ … ] } ]`,
  ),
  "compare.datasetNoPeriod": message<{ n: number }>(
    (p) => `bộ số liệu thứ ${p.n} không có năm "period"`,
    (p) => `dataset ${p.n} has no "period" year`,
  ),
  "compare.datasetNoUnits": message<{ n: number; period: number }>(
    (p) => `bộ số liệu thứ ${p.n} (${p.period}) không có danh sách "units"`,
    (p) => `dataset ${p.n} (${p.period}) has no "units" list`,
  ),
  "compare.datasetsSameYear": message<{ period: number }>(
    (p) => `hai bộ số liệu cùng cho năm ${p.period}`,
    (p) => `two datasets are for ${p.period}`,
  ),
  "compare.datasetsProblems": message<{ file: string; count: number }>(
    (p) => `${p.file}: ${p.count} vấn đề trong "datasets"`,
    (p) => `${p.file}: ${p.count} problem(s) in "datasets"`,
  ),
  "compare.expectedData": message<{ file: string }>(
    (p) =>
      `${p.file}: cần số liệu gốc, { "datasets": [ { "period": 2022, "units": [ … ] }, … ] } hoặc một yêu cầu tính điểm { "period": 2022, "units": [ … ] }; kết quả thì để trong tệp CSV có period,code,name,overall`,
    (p) =>
      `${p.file}: expected raw data, { "datasets": [ { "period": 2022, "units": [ … ] }, … ] } or a score request { "period": 2022, "units": [ … ] }; results go in a CSV with period,code,name,overall`,
  ),
  "compare.noRowsFor": message<{ file: string; year: number; which: string; periods: string }>(
    (p) => `${p.file} không có dòng nào cho năm ${p.year} (${p.which}); các năm có trong tệp: ${p.periods}`,
    (p) => `${p.file} has no rows for ${p.year} (${p.which}); its periods: ${p.periods}`,
  ),
  "compare.noDatasetFor": message<{ file: string; year: number; which: string; periods: string }>(
    (p) => `${p.file} không có bộ số liệu nào cho năm ${p.year} (${p.which}); các bộ số liệu: ${p.periods}`,
    (p) => `${p.file} has no dataset for ${p.year} (${p.which}); its datasets: ${p.periods}`,
  ),
  "compare.holdsOtherYear": message<{ file: string; own: string; year: number; which: string }>(
    (p) => `${p.file} chứa số liệu năm ${p.own}, không phải ${p.year} (${p.which})`,
    (p) => `${p.file} holds data for ${p.own}, not ${p.year} (${p.which})`,
  ),
  "compare.noOverall": message<{ pack: string; columns: number; needs: string }>(
    (p) =>
      `không có giá trị overall, và ${p.pack} không tổng hợp được ${p.columns === 0 ? "khi không có cột chỉ số chính" : `từ các cột này (cần ${p.needs || "các chỉ số chính có điểm xác định"})`}`,
    (p) =>
      `no overall value, and ${p.pack} cannot aggregate ${p.columns === 0 ? "without main-index columns" : `from these columns (it needs ${p.needs || "main indices with known points"})`}`,
  ),
  "compare.expected.overall": message(
    () => "giá trị overall từ 0 đến 1",
    () => "an overall value between 0 and 1",
  ),
  "compare.unitTwice": message<{ unit: string; period: number; first: number }>(
    (p) => `đơn vị ${p.unit} được cho hai lần trong năm ${p.period} (lần đầu ở dòng ${p.first})`,
    (p) => `unit ${p.unit} is given twice for ${p.period} (first on row ${p.first})`,
  ),

  "template.badOut": message<{ out: string }>(
    (p) => `--out ${p.out}: hãy cho một tệp .xlsx hoặc .csv`,
    (p) => `--out ${p.out}: give a .xlsx or .csv file`,
  ),
  "template.badPeriod": message<{ period: string }>(
    (p) => `--period ${p.period}: hãy cho một năm, ví dụ 2022`,
    (p) => `--period ${p.period}: give a year, e.g. 2022`,
  ),
  "units.unknownRegion": message<{ name: string; regions: string }>(
    (p) => `--region "${p.name}" không phải vùng nào; các vùng: ${p.regions}`,
    (p) => `--region "${p.name}" names no region; the regions are: ${p.regions}`,
  ),
  "backcast.problems": message<{ file: string; count: number; partialHint: boolean }>(
    (p) =>
      `${p.file}: phép quy đổi có ${p.count} vấn đề${p.partialHint ? "; dùng --partial để chỉ quy đổi các đơn vị có đủ số liệu của mọi tỉnh cũ" : ""}`,
    (p) =>
      `${p.file}: the back-cast has ${p.count} problem(s)${p.partialHint ? "; give --partial to back-cast only the units whose old provinces are all given" : ""}`,
  ),

  "option.year": message<{ value: string }>(
    (p) => `cần một năm như 2022, nhưng nhận "${p.value}"`,
    (p) => `expected a year such as 2022, got "${p.value}"`,
  ),
  "option.count": message<{ value: string }>(
    (p) => `cần một số nguyên ≥ 1, nhưng nhận "${p.value}"`,
    (p) => `expected a whole number ≥ 1, got "${p.value}"`,
  ),
  "option.date": message<{ value: string }>(
    (p) => `cần một ngày như 2025-07-01, nhưng nhận "${p.value}"`,
    (p) => `expected a date such as 2025-07-01, got "${p.value}"`,
  ),
  "option.packAtYear": message<{ value: string }>(
    (p) => `cần <gói>:<năm> như dti-province-2022:2022, nhưng nhận "${p.value}"`,
    (p) => `expected <pack>:<year> such as dti-province-2022:2022, got "${p.value}"`,
  ),
  "option.lang": message<{ value: string }>(
    (p) => `cần vi hoặc en, nhưng nhận "${p.value}"`,
    (p) => `expected vi or en, got "${p.value}"`,
  ),
  "option.seed": message<{ value: string }>(
    (p) => `cần một số nguyên từ 0 đến 4294967295, nhưng nhận "${p.value}"`,
    (p) => `expected a whole number from 0 to 4294967295, got "${p.value}"`,
  ),
  "option.draftFormat": message<{ value: string }>(
    (p) => `cần json hoặc ts, nhưng nhận "${p.value}"`,
    (p) => `expected json or ts, got "${p.value}"`,
  ),
  "option.envLang": message<{ value: string }>(
    (p) => `biến môi trường DTI_LANG="${p.value}": cần vi hoặc en`,
    (p) => `the environment variable DTI_LANG="${p.value}": expected vi or en`,
  ),
};

import { message } from "../message";

/** Problems of the files named on the command line: reading, JSON, CSV, numbers and cells. */
export const FILE_ERRORS = {
  "file.notFound": message<{ file: string; path: string }>(
    (p) => `${p.file}: không có tệp này (đã tìm ${p.path})`,
    (p) => `${p.file}: no such file (looked for ${p.path})`,
  ),
  "file.notAFile": message<{ file: string }>(
    (p) => `${p.file} không phải là một tệp`,
    (p) => `${p.file} is not a file`,
  ),
  "file.unreadable": message<{ file: string; reason: string }>(
    (p) => `không đọc được ${p.file}: ${p.reason}`,
    (p) => `${p.file} cannot be read: ${p.reason}`,
  ),
  "file.unwritable": message<{ file: string; reason: string }>(
    (p) => `không ghi được ${p.file}: ${p.reason}`,
    (p) => `${p.file} cannot be written: ${p.reason}`,
  ),

  "json.invalid": message<{ file: string; line: number; column: number; reason: string }>(
    (p) => `${p.file}: JSON không hợp lệ ở dòng ${p.line}, cột ${p.column}: ${p.reason}`,
    (p) => `${p.file}: not valid JSON at line ${p.line}, column ${p.column}: ${p.reason}`,
  ),
  "json.unexpectedEnd": message(
    () => "hết văn bản khi chưa đọc xong",
    () => "unexpected end of input",
  ),
  "json.unexpected": message<{ char: string }>(
    (p) => `ký tự không mong đợi ${p.char}`,
    (p) => `unexpected ${p.char}`,
  ),
  "json.badUnicodeEscape": message(
    () => "mã \\u sai trong một chuỗi",
    () => "bad \\u escape in a string",
  ),
  "json.badEscape": message(
    () => "ký tự thoát (\\) sai trong một chuỗi",
    () => "bad escape in a string",
  ),
  "json.controlInString": message(
    () => "có xuống dòng hoặc ký tự điều khiển bên trong một chuỗi",
    () => "a line break or control character inside a string",
  ),
  "json.unclosedString": message(
    () => "một chuỗi không được đóng",
    () => "a string is never closed",
  ),
  "json.expectedName": message<{ found: string }>(
    (p) => `${p.found}: cần tên thuộc tính trong dấu ngoặc kép`,
    (p) => `${p.found}: expected a property name in double quotes`,
  ),
  "json.expectedColon": message<{ found: string }>(
    (p) => `${p.found}: cần ':'`,
    (p) => `${p.found}: expected ':'`,
  ),
  "json.expectedEndOf": message<{ found: string; close: string }>(
    (p) => `${p.found}: cần ',' hoặc '${p.close}'`,
    (p) => `${p.found}: expected ',' or '${p.close}'`,
  ),
  "json.trailing": message<{ found: string }>(
    (p) => `${p.found} sau khi giá trị JSON đã kết thúc`,
    (p) => `${p.found} after the end of the JSON value`,
  ),
  "json.notValid": message(
    () => "JSON không hợp lệ",
    () => "not valid JSON",
  ),

  "csv.empty": message<{ file: string }>(
    (p) => `${p.file} trống: cần một dòng tiêu đề`,
    (p) => `${p.file} is empty: expected a header line`,
  ),
  "csv.problems": message<{ file: string; count: number }>(
    (p) => `${p.file}: ${p.count} vấn đề trong tệp CSV`,
    (p) => `${p.file}: ${p.count} problem(s) in the CSV file`,
  ),
  "csv.noCodeColumn": message<{ file: string }>(
    (p) => `${p.file}: dòng tiêu đề không có cột "code"`,
    (p) => `${p.file}: the header has no "code" column`,
  ),
  "csv.noCodeColumn.issue": message(
    () => 'không có cột "code"',
    () => 'no "code" column',
  ),
  "csv.expected.indexHeader": message(
    () => "dòng tiêu đề như code,name,I,II,…",
    () => "a header such as code,name,I,II,…",
  ),
  "csv.expected.inputHeader": message(
    () => 'dòng tiêu đề như "code,name,<mã hoặc địa chỉ đầu vào>…" hoặc "code,name,input,value"',
    () => 'a header such as "code,name,<input id or address>…" or "code,name,input,value"',
  ),
  "csv.indexTwice": message<{ file: string; header: string; index: string }>(
    (p) => `${p.file}: cột "${p.header}" lại chỉ chỉ số chính ${p.index}`,
    (p) => `${p.file}: column "${p.header}" names index ${p.index} again`,
  ),
  "csv.indexTwice.issue": message<{ index: string }>(
    (p) => `chỉ số chính ${p.index} có hai cột`,
    (p) => `index ${p.index} has two columns`,
  ),
  "csv.unknownIndexColumns": message<{ file: string; columns: string; pack: string; accepted: string; count: number }>(
    (p) =>
      `${p.file}: ${p.count > 1 ? "các cột" : "cột"} ${p.columns} không phải chỉ số chính nào của ${p.pack}; nhận: code, name và ${p.accepted} (không phân biệt hoa thường, có dấu hay không)`,
    (p) =>
      `${p.file}: column${p.count > 1 ? "s" : ""} ${p.columns} name${p.count > 1 ? "" : "s"} no main index of ${p.pack}; accepted: code, name, and ${p.accepted} (case and diacritics ignored)`,
  ),
  "csv.notAnIndex": message<{ header: string }>(
    (p) => `"${p.header}" không phải một chỉ số chính`,
    (p) => `"${p.header}" is not a main index`,
  ),
  "csv.expected.indexName": message<{ codes: string }>(
    (p) => `một trong ${p.codes} hoặc tên một chỉ số chính`,
    (p) => `one of ${p.codes} or an index name`,
  ),
  "csv.emptyCode": message(
    () => "mã đơn vị để trống",
    () => "the unit code is empty",
  ),
  "csv.emptyInput": message(
    () => "tên đầu vào để trống",
    () => "the input name is empty",
  ),
  "csv.outside01": message<{ raw: string }>(
    (p) => `${p.raw} nằm ngoài khoảng 0..1`,
    (p) => `${p.raw} is outside 0..1`,
  ),
  "csv.expected.share": message(
    () => "một giá trị từ 0 đến 1 như 0,5649 hoặc 0.5649",
    () => "a value between 0 and 1 such as 0.5649 or 0,5649",
  ),
  "csv.noUnitRows": message<{ file: string }>(
    (p) => `${p.file} có dòng tiêu đề nhưng không có dòng đơn vị nào`,
    (p) => `${p.file} has a header but no unit rows`,
  ),
  "csv.noRows": message<{ file: string }>(
    (p) => `${p.file} có dòng tiêu đề nhưng không có dòng nào`,
    (p) => `${p.file} has a header but no rows`,
  ),
  "csv.givenAgain": message<{ input: string; unit: string; first: number }>(
    (p) => `${p.input} được nhập lại cho đơn vị ${p.unit} (lần đầu ở dòng ${p.first})`,
    (p) => `${p.input} is given again for unit ${p.unit} (first on row ${p.first})`,
  ),
  "csv.secondColumn": message<{ kind: string }>(
    (p) => `cột ${p.kind} thứ hai`,
    (p) => `a second ${p.kind} column`,
  ),
  "csv.unknownColumns": message<{ file: string; columns: string; accepted: string; count: number }>(
    (p) =>
      `${p.file}: ${p.count > 1 ? "các cột" : "cột"} ${p.columns} không phải cột lệnh này đọc; nhận: ${p.accepted} (không phân biệt hoa thường, có dấu hay không)`,
    (p) =>
      `${p.file}: column${p.count > 1 ? "s" : ""} ${p.columns} name${p.count > 1 ? "" : "s"} nothing this command reads; accepted: ${p.accepted} (case and diacritics ignored)`,
  ),
  "csv.indicesOf": message<{ pack: string; list: string }>(
    (p) => `các chỉ số chính của ${p.pack}: ${p.list}`,
    (p) => `the main indices of ${p.pack}: ${p.list}`,
  ),
  "csv.notAColumn": message<{ header: string }>(
    (p) => `"${p.header}" không phải cột lệnh này đọc`,
    (p) => `"${p.header}" is not a column this command reads`,
  ),
  "csv.expected.column": message<{ columns: string }>(
    (p) => `${p.columns} hoặc một chỉ số chính (mã hoặc tên)`,
    (p) => `${p.columns} or a main index (code or name)`,
  ),
  "csv.bothNameIndex": message<{ header: string; first: string; code: string; pack: string }>(
    (p) => `"${p.header}" và "${p.first}" cùng chỉ chỉ số chính ${p.code} của ${p.pack}`,
    (p) => `"${p.header}" and "${p.first}" both name index ${p.code} of ${p.pack}`,
  ),
  "csv.noCodeOrName": message(
    () => 'không có cột "code" hay "name"',
    () => 'no "code" or "name" column',
  ),
  "csv.expected.resultHeader": message<{ period: string }>(
    (p) => `dòng tiêu đề như ${p.period}code,name,overall`,
    (p) => `a header such as ${p.period}code,name,overall`,
  ),
  "csv.rowNoUnit": message(
    () => "dòng không ghi đơn vị nào (code và name đều trống)",
    () => "the row names no unit (code and name are empty)",
  ),
  "csv.periodEmpty": message(
    () => "năm để trống",
    () => "the period is empty",
  ),
  "csv.notAYear": message<{ text: string }>(
    (p) => `"${p.text}" không phải một năm`,
    (p) => `"${p.text}" is not a year`,
  ),
  "csv.expected.year": message(
    () => "một năm như 2022",
    () => "a year such as 2022",
  ),
  "csv.notPositive": message<{ raw: string }>(
    (p) => `${p.raw} không phải số dương`,
    (p) => `${p.raw} is not positive`,
  ),
  "csv.expected.weight": message(
    () => "một số dương như dân số",
    () => "a positive number such as a population",
  ),

  "number.ambiguous": message<{ text: string; thousands: string; decimal: string }>(
    (p) => `"${p.text}" có hai cách đọc: viết ${p.thousands} nếu là hàng nghìn, hoặc ${p.decimal} nếu là số thập phân`,
    (p) => `"${p.text}" is ambiguous: write ${p.thousands} for thousands or ${p.decimal} for a decimal`,
  ),
  "number.mixed": message<{ text: string }>(
    (p) => `"${p.text}" dùng "." và "," theo cách không tạo thành một số`,
    (p) => `"${p.text}" mixes "." and "," in a way that is not a number`,
  ),
  "number.notANumber": message<{ text: string }>(
    (p) => `"${p.text}" không phải là số`,
    (p) => `"${p.text}" is not a number`,
  ),
  "number.empty": message(
    () => "ô trống",
    () => "empty",
  ),
  "cell.notYesNo": message<{ text: string }>(
    (p) => `"${p.text}" không phải giá trị có/không`,
    (p) => `"${p.text}" is not a yes/no value`,
  ),
  "cell.expected.yesNo": message(
    () => "true/false, 1/0, có/không hoặc yes/no",
    () => "true/false, 1/0, có/không or yes/no",
  ),
  "cell.expected.count": message(
    () => "một số nguyên như 1250",
    () => "a whole number such as 1250",
  ),
  "cell.expected.number": message(
    () => "một số như 12,5 hoặc 12.5",
    () => "a number such as 12.5 or 12,5",
  ),

  "input.csvNoPeriod": message<{ file: string; year: number }>(
    (p) => `${p.file} là tệp CSV, không ghi năm đánh giá: hãy thêm --period, ví dụ --period ${p.year}`,
    (p) => `${p.file} is a CSV file, which carries no period: give --period, e.g. --period ${p.year}`,
  ),
  "input.expectedObject": message<{ file: string; pack: string; year: number }>(
    (p) => `${p.file}: cần một đối tượng như { "pack": "${p.pack}", "period": ${p.year}, "units": [ … ] }`,
    (p) => `${p.file}: expected an object such as { "pack": "${p.pack}", "period": ${p.year}, "units": [ … ] }`,
  ),
  "input.noPeriod": message<{ file: string; year: number }>(
    (p) => `${p.file} không có "period": hãy thêm vào tệp hoặc dùng --period, ví dụ --period ${p.year}`,
    (p) => `${p.file} has no "period": add one or give --period, e.g. --period ${p.year}`,
  ),

  "rows.expectedList": message<{ file: string }>(
    (p) =>
      `${p.file}: cần một danh sách các dòng, hoặc { "rows": [ … ] }, mỗi dòng như { "name": "Đà Nẵng", "overall": 0.8335, "indices": { "I": 0.9 } }`,
    (p) =>
      `${p.file}: expected an array of rows, or { "rows": [ … ] }, each { "name": "Đà Nẵng", "overall": 0.8335, "indices": { "I": 0.9 } }`,
  ),
  "rows.valueIs": message<{ where: string; value: string }>(
    (p) => `${p.where} có giá trị ${p.value}`,
    (p) => `${p.where} is ${p.value}`,
  ),
  "rows.expected.positive": message(
    () => "một số dương",
    () => "a positive number",
  ),
  "rows.expected.share": message(
    () => "một số từ 0 đến 1",
    () => "a number between 0 and 1",
  ),
  "rows.notObject": message<{ line: number }>(
    (p) => `dòng ${p.line} không phải một đối tượng`,
    (p) => `row ${p.line} is not an object`,
  ),
  "rows.unknownKey": message<{ key: string }>(
    (p) => `khóa "${p.key}" không được nhận`,
    (p) => `unknown key "${p.key}"`,
  ),
  "rows.noUnit": message<{ line: number }>(
    (p) => `dòng ${p.line} không ghi đơn vị nào ("code", "name" hoặc "unit")`,
    (p) => `row ${p.line} names no unit ("code", "name" or "unit")`,
  ),
  "rows.indicesNotObject": message(
    () => "indices không phải một đối tượng",
    () => "indices is not an object",
  ),
  "rows.notAnIndex": message<{ key: string; packs: string }>(
    (p) => `"${p.key}" không phải chỉ số chính nào của ${p.packs}`,
    (p) => `"${p.key}" names no main index of ${p.packs}`,
  ),
  "rows.problems": message<{ file: string; count: number }>(
    (p) => `${p.file}: ${p.count} vấn đề trong các dòng`,
    (p) => `${p.file}: ${p.count} problem(s) in the rows`,
  ),
  "rows.none": message<{ file: string }>(
    (p) => `${p.file} không có dòng nào`,
    (p) => `${p.file} has no rows`,
  ),
};

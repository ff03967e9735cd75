import { message } from "../message";

/** Mistakes on the command line (commander's errors, worded again) and the words around errors. */
export const USAGE_MESSAGES = {
  "usage.unknownOption": message<{ flag: string }>(
    (p) => `không có tùy chọn '${p.flag}'`,
    (p) => `unknown option '${p.flag}'`,
  ),
  "usage.unknownCommand": message<{ name: string }>(
    (p) => `không có lệnh '${p.name}'`,
    (p) => `unknown command '${p.name}'`,
  ),
  "usage.didYouMean": message<{ suggestion: string }>(
    (p) => ` (có phải ${p.suggestion}?)`,
    (p) => `\n(Did you mean ${p.suggestion}?)`,
  ),
  "usage.missingArgument": message<{ name: string }>(
    (p) => `thiếu đối số bắt buộc '${p.name}'`,
    (p) => `missing required argument '${p.name}'`,
  ),
  "usage.optionMissingArgument": message<{ flags: string }>(
    (p) => `tùy chọn '${p.flags}' thiếu giá trị`,
    (p) => `option '${p.flags}' argument missing`,
  ),
  "usage.missingMandatoryOption": message<{ flags: string }>(
    (p) => `thiếu tùy chọn bắt buộc '${p.flags}'`,
    (p) => `required option '${p.flags}' not specified`,
  ),
  "usage.excessArguments": message<{ command: string; expected: number; got: number }>(
    (p) => `quá nhiều đối số${p.command ? ` cho '${p.command}'` : ""}: cần ${p.expected}, nhận ${p.got}`,
    (p) =>
      `too many arguments${p.command ? ` for '${p.command}'` : ""}. Expected ${p.expected} argument${p.expected === 1 ? "" : "s"} but got ${p.got}.`,
  ),
  "usage.invalidOptionValue": message<{ flags: string; value: string; reason: string }>(
    (p) => `giá trị '${p.value}' của tùy chọn '${p.flags}' không hợp lệ: ${p.reason}`,
    (p) => `option '${p.flags}' argument '${p.value}' is invalid. ${p.reason}`,
  ),
  "usage.invalidArgumentValue": message<{ name: string; value: string; reason: string }>(
    (p) => `giá trị '${p.value}' của đối số '${p.name}' không hợp lệ: ${p.reason}`,
    (p) => `command-argument value '${p.value}' is invalid for argument '${p.name}'. ${p.reason}`,
  ),
  "usage.choices": message<{ choices: string }>(
    (p) => `chỉ nhận ${p.choices}`,
    (p) => `Allowed choices are ${p.choices}.`,
  ),
  "usage.noCommand": message(
    () => "chưa nêu lệnh nào (các lệnh được liệt kê ở trên)",
    () => "no command given (the commands are listed above)",
  ),
  "usage.other": message<{ detail: string }>(
    (p) => `dòng lệnh không đúng (${p.detail})`,
    (p) => p.detail,
  ),
  "usage.hint": message(
    () => "(xem cách dùng: dti --help, hoặc dti <lệnh> --help)",
    () => "(run dti --help, or dti <command> --help, for usage)",
  ),
  "usage.internal": message<{ detail: string }>(
    (p) => `lỗi không mong đợi (lỗi của chương trình, xin báo lại kèm câu lệnh đã chạy): ${p.detail}`,
    (p) => `an unexpected failure (a bug: please report it with the command that caused it): ${p.detail}`,
  ),
};

import { defineInputs } from "@dti/pack-sdk";

/**
 * Inputs used by several indicators or linked to a general-information item. An input is declared ONCE and
 * used by any number of indicators. / Mỗi số liệu đầu vào khai báo một lần, dùng cho nhiều chỉ số.
 */
export const inputs = defineInputs([
  {
    // snake_case id, stable across versions: data files use it. / Mã số liệu: chữ thường, gạch dưới.
    id: "households_total",
    // The label drops the "b = " of the method text: the address (1.1.b) carries the letter.
    label: { vi: "Tổng số hộ gia đình của tỉnh", en: "Total number of households in the province" },
    // count (whole ≥ 0), boolean, choice, billion_vnd, percent, number, text.
    unit: "count",
    min: 0,
    // Data keyed "A1" fills this input. / Nhập theo mã A1 cũng được.
    generalInfo: "A1",
  },
  {
    id: "dossiers_total",
    label: { vi: "Tổng số hồ sơ thủ tục hành chính tiếp nhận trong năm", en: "Administrative-procedure dossiers received in the year" },
    unit: "count",
    min: 0,
    generalInfo: "A2",
  },
]);

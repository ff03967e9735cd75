import { describe, expect, it } from "vitest";
import { renderTable, textWidth } from "./table";

describe("renderTable", () => {
  it("draws a heading, a rule and one line per row, columns as wide as their widest cell, aligned", () => {
    expect(
      renderTable(
        ["Hạng", "Tên", "DTI"],
        [
          [1, "Tỉnh A", "0,8489"],
          [10, "B", "0,5"],
        ],
        ["right", "left", "right"],
      ),
    ).toBe(
      [
        "┌──────┬────────┬────────┐",
        "│ Hạng │ Tên    │    DTI │",
        "├──────┼────────┼────────┤",
        "│    1 │ Tỉnh A │ 0,8489 │",
        "│   10 │ B      │    0,5 │",
        "└──────┴────────┴────────┘",
      ].join("\n"),
    );
  });

  it("counts a letter and its combining tone mark as one column, and gives a cell with line breaks several lines", () => {
    const decomposed = "Ha\u0300 Nội";
    expect(textWidth(decomposed)).toBe(6);
    expect(renderTable(["Tên"], [[decomposed], ["Hà Nội"], ["a\nb"]])).toBe(
      ["┌────────┐", "│ Tên    │", "├────────┤", `│ ${decomposed} │`, "│ Hà Nội │", "│ a      │", "│ b      │", "└────────┘"].join("\n"),
    );
  });

  it("draws the heading alone when there is no row", () => {
    expect(renderTable(["A", "Bé"], [], ["left", "right"])).toBe(["┌───┬────┐", "│ A │ Bé │", "└───┴────┘"].join("\n"));
  });
});

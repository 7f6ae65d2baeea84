import { describe, expect, it } from "vitest";
import { csvTable } from "./table.ts";

const lines = (text: string) => csvTable("f.csv", text).rows.map((row) => [row.at.line, row.cells]);

describe("csvTable", () => {
  it("gives each row the line it starts on, past empty lines and blank rows", () => {
    expect(lines("id,name\n\na,A\n , \nb,B\n")).toEqual([
      [1, ["id", "name"]],
      [3, ["a", "A"]],
      [5, ["b", "B"]],
    ]);
  });

  it("counts the line breaks inside a quoted field, so the next row's line is right", () => {
    expect(lines('id,note\na,"one\ntwo\nthree"\nb,plain\n')).toEqual([
      [1, ["id", "note"]],
      [2, ["a", "one\ntwo\nthree"]],
      [5, ["b", "plain"]],
    ]);
  });

  it("reads Windows and old Mac line endings as one line each, inside quotes too", () => {
    expect(lines('id,note\r\na,"x\r\ny"\r\nb,z\rc,w')).toEqual([
      [1, ["id", "note"]],
      [2, ["a", "x\ny"]],
      [4, ["b", "z"]],
      [5, ["c", "w"]],
    ]);
  });

  it("trims cells and keeps a byte-order mark out of the first header", () => {
    expect(lines("\ufeff id , name \n a ,  A ")).toEqual([
      [1, ["id", "name"]],
      [2, ["a", "A"]],
    ]);
  });
});

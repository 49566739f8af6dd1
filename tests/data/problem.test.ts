import { describe, expect, it } from "vitest";
import { DataError, fieldPath, findDataError, formatProblem } from "../../src/data/problem.ts";

describe("problems in the data", () => {
  it("read as file, field, value and what to do", () => {
    expect(
      formatProblem({
        file: "_data/stories/blanchard-smart.ts",
        field: "causes[1]",
        value: "sexual-asault",
        message: 'is not a cause; did you mean "sexual-assault"?',
      }),
    ).toBe(
      '_data/stories/blanchard-smart.ts: causes[1] = "sexual-asault" is not a cause; did you mean "sexual-assault"?',
    );
    expect(formatProblem({ file: "_data/stories/a.ts", field: "title", message: "is missing" })).toBe(
      "_data/stories/a.ts: title is missing",
    );
  });

  it("shorten a long value so the line stays readable", () => {
    const line = formatProblem({ file: "a.ts", field: "summary", value: "x".repeat(200), message: "is wrong" });
    expect(line).toBe(`a.ts: summary = "${"x".repeat(76)}... is wrong`);
  });

  it("name nested fields the way a maintainer reads them", () => {
    expect(fieldPath(["channels", 0, "number"])).toBe("channels[0].number");
  });

  it("are all listed in the error, which is found inside the errors Eleventy wraps it in", () => {
    const error = new DataError([
      { file: "a.ts", field: "title", message: "is missing" },
      { file: "b.ts", field: "date", value: "2024-02-31", message: "is not a real calendar date" },
    ]);
    expect(error.message).toBe(
      'The data has 2 problems; nothing was published:\n  a.ts: title is missing\n  b.ts: date = "2024-02-31" is not a real calendar date',
    );
    const wrapped = Object.assign(new Error("Error in data"), { originalError: new Error("outer", { cause: error }) });
    expect(findDataError(wrapped)).toBe(error);
    expect(findDataError(new Error("something else"))).toBeUndefined();
  });
});

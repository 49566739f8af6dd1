import { describe, expect, it } from "vitest";
import { type DataProblem, formatProblem } from "../../src/data/problem.ts";
import { checkShape, fillInMessage } from "../../src/data/shape.ts";
import { fillIn } from "../../src/model/fill-in.ts";
import { resourceSchema } from "../../src/model/resource.ts";
import { siteSchema } from "../../src/model/site.ts";
import { storySchema } from "../../src/model/story.ts";
import { resource, site, story } from "../helpers/records.ts";

const FILE = "_data/resources/line.ts";

/** What a maintainer reads for one record, and what the cross-record checks still get from it. */
function check<T>(schema: Parameters<typeof checkShape<T>>[0], value: unknown) {
  const problems: DataProblem[] = [];
  const shaped = checkShape(schema, { file: FILE, value }, problems);
  return { messages: problems.map(formatProblem), ...shaped };
}

const line = (extra: Record<string, unknown>) => ({ ...resource("line", ["child-abuse"]), ...extra });

describe("checkShape", () => {
  it("passes a valid record through whole", () => {
    const { messages, record } = check(resourceSchema, resource("line", ["child-abuse"]));
    expect(messages).toEqual([]);
    expect(record?.id).toBe("line");
  });

  it("says a required field is missing, and what it must be", () => {
    const { title: _, ...untitled } = story("a", ["child-abuse"]);
    expect(check(storySchema, untitled).messages).toEqual([`${FILE}: title is missing; it must be text in quotes`]);
  });

  it("says what a field must be, in words, when it has the wrong type", () => {
    expect(check(resourceSchema, line({ causes: "child-abuse", crisisLine: "yes", source: "RAINN" })).messages).toEqual(
      [
        `${FILE}: crisisLine = "yes" must be true or false`,
        `${FILE}: causes = "child-abuse" must be a list in square brackets, e.g. ["child-abuse"]`,
        `${FILE}: source = "RAINN" must be a group of fields in curly brackets: { ... }`,
      ],
    );
    expect(check(siteSchema, { ...site(), staleAfterDays: 1.5 }).messages).toEqual([
      `${FILE}: staleAfterDays = 1.5 must be a whole number`,
    ]);
  });

  it("names an unknown field and the field it most likely meant", () => {
    const { title, ...rest } = story("a", ["child-abuse"]);
    expect(check(storySchema, { ...rest, titel: title }).messages).toEqual([
      `${FILE}: title is missing; it must be text in quotes`,
      `${FILE}: titel is not a field here; did you mean "title"?`,
    ]);
  });

  it("suggests only the fields the record or group it sits in may have", () => {
    const channels = [{ type: "call", number: "+18004224453", vanty: "1-800-4-A-CHILD" }];
    expect(check(resourceSchema, line({ channels, languageNote: "Spanish too." })).messages).toEqual([
      `${FILE}: channels[0].vanty is not a field here; did you mean "vanity"?`,
      `${FILE}: languageNote is not a field here; did you mean "languagesNote"?`,
    ]);
    expect(check(storySchema, { ...story("a", ["child-abuse"]), languageNote: "x" }).messages).toEqual([
      `${FILE}: languageNote is not a field here`,
    ]);
  });

  it("names the kind of channel that was not understood, with the closest kind", () => {
    const channels = [{ type: "cal", number: "+18004224453" }, { number: "+18004224453" }];
    expect(check(resourceSchema, line({ channels })).messages).toEqual([
      `${FILE}: channels[0].type = "cal" must be one of "call", "text", "tty", "videophone", "whatsapp" or "chat"; did you mean "call"?`,
      `${FILE}: channels[1].type is missing; it must be one of "call", "text", "tty", "videophone", "whatsapp" or "chat"`,
    ]);
  });

  it("shows the wrong number itself, not the channel around it", () => {
    const channels = [{ type: "call", number: "+1800422445" }];
    expect(check(resourceSchema, line({ channels })).messages).toEqual([
      `${FILE}: channels[0].number = "+1800422445" is not a valid phone number (check the number of digits and the country code)`,
    ]);
  });

  it("lists the allowed values for a choice and suggests the nearest", () => {
    const hours = {
      kind: "weekly",
      timeZone: "America/New_York",
      periods: [{ days: ["mon", "tus"], opens: "10:00", closes: "22:00" }],
    };
    expect(check(resourceSchema, line({ hours })).messages).toEqual([
      `${FILE}: hours.periods[0].days[1] = "tus" must be one of "mon", "tue", "wed", "thu", "fri", "sat" or "sun"; did you mean "tue"?`,
    ]);
  });

  it("refuses each fillIn() left from npm run new once, with its hint, and nothing else about it", () => {
    const { messages, record } = check(
      resourceSchema,
      line({ crisisLine: fillIn("true or false"), source: { name: "RAINN", url: fillIn("the source's address") } }),
    );
    expect(record).toBeUndefined();
    expect(messages).toEqual([
      `${FILE}: crisisLine is not filled in yet: replace fillIn(...) with true or false`,
      `${FILE}: source.url is not filled in yet: replace fillIn(...) with the source's address`,
    ]);
  });

  it("keeps the fields that passed, for the checks across records", () => {
    const { known, record } = check(storySchema, { ...story("a", ["child-abuse"]), title: "", date: "2024-02-31" });
    expect(record).toBeUndefined();
    expect(known.causes).toEqual(["child-abuse"]);
    expect(known.id).toBe("a");
    expect(known).not.toHaveProperty("date");
    expect(known).not.toHaveProperty("title");
  });
});

describe("a blank left by npm run new", () => {
  it("tells the maintainer what to write instead", () => {
    expect(fillInMessage({ path: ["source", "url"], hint: "the article's https:// address" })).toEqual({
      field: "source.url",
      message: "is not filled in yet: replace fillIn(...) with the article's https:// address",
    });
  });
});

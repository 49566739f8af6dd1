import { beforeAll, describe, expect, it } from "vitest";
import { type BuildHub, loadHub } from "../../src/build/load-hub.ts";
import { crisisWords } from "../../src/publish/crisis-words.ts";
import { lineToken } from "../../src/publish/search-records.ts";
import type { Hub } from "../../src/view/hub.ts";
import { searchRecords } from "../helpers/records.ts";

let english: Hub;
let spanish: Hub;

beforeAll(async () => {
  const hub: BuildHub = await loadHub({ dataDir: "_data", today: "2026-12-01" });
  const edition = (language: string) => {
    const found = hub.editions.find((e) => e.language === language);
    if (!found) throw new Error(`no ${language} edition`);
    return found;
  };
  english = edition("en");
  spanish = edition("es");
});

const urls = (hub: Hub, word: string) =>
  crisisWords(hub)
    .find((group) => group.words.includes(word))
    ?.lines.map((line) => line.url);

describe("the crisis words the search page pins lines for", () => {
  it("gives each language's search the words its own speakers type, with the lines of its own pages", () => {
    expect(urls(english, "I was raped")).toEqual(["/help/rainn/"]);
    expect(urls(spanish, "me violaron")).toEqual(["/es/help/rainn/"]);
    expect(urls(english, "me violaron")).toBeUndefined();
    expect(urls(spanish, "I was raped")).toBeUndefined();
  });

  it("lists a group's lines in the order _data/synonyms.ts names them, so 988 comes before the text line", () => {
    expect(urls(spanish, "me quiero morir")).toEqual(["/es/help/988-lifeline/", "/es/help/crisis-text-line/"]);
  });

  it("pins no line for a group's broad words, which name more than one need", () => {
    expect(urls(english, "abuse")).toBeUndefined();
    expect(urls(english, "hits me")).toBeUndefined();
    expect(urls(spanish, "abuso")).toBeUndefined();
    expect(urls(english, "child abuse")).toEqual(["/help/childhelp/"]);
    expect(urls(english, "boyfriend beats me")).toEqual(["/help/domestic-violence-hotline/"]);
    expect(urls(spanish, "maltrato infantil")).toEqual(["/es/help/childhelp/"]);
  });

  it("leaves out groups that name no line, which reach lines by channel or language instead", () => {
    expect(urls(english, "deaf")).toBeUndefined();
    expect(urls(english, "munchausen")).toBeUndefined();
  });

  it("finds each line by a word that only its own page's record has, a word of letters alone", () => {
    const token = lineToken("988-lifeline");
    expect(token).toMatch(/^[a-z]+$/);
    const holding = searchRecords(spanish).filter((record) => record.content.split("\n").includes(token));
    expect(holding.map((record) => record.url)).toEqual(["/es/help/988-lifeline/"]);
    expect(new Set(spanish.resources.map((r) => lineToken(r.id))).size).toBe(spanish.resources.length);
  });
});

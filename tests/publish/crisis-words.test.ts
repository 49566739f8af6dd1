import { beforeAll, describe, expect, it } from "vitest";
import { type BuildHub, loadHub } from "../../src/build/load-hub.ts";
import { crisisWords, crisisWordsJson } from "../../src/publish/crisis-words.ts";
import type { Hub } from "../../src/view/hub.ts";

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

describe("the crisis words the search page pins lines for", () => {
  it("gives each language's search the words its own speakers type, with the lines that answer them", () => {
    const rape = (hub: Hub) => crisisWords(hub).find((group) => group.lines.includes("rainn"));
    expect(rape(english)?.words).toContain("I was raped");
    expect(rape(english)?.words).not.toContain("me violaron");
    expect(rape(spanish)?.words).toContain("me violaron");
    expect(rape(spanish)?.words).not.toContain("I was raped");
  });

  it("lists a group's lines in the order _data/synonyms.ts names them, so 988 comes before the text line", () => {
    const suicide = crisisWords(spanish).find((group) => group.words.includes("me quiero morir"));
    expect(suicide?.lines).toEqual(["988-lifeline", "crisis-text-line"]);
  });

  it("leaves out groups that name no line, which reach lines by channel or language instead", () => {
    const words = crisisWords(english).flatMap((group) => group.words);
    expect(words).not.toContain("deaf");
    expect(words).not.toContain("munchausen");
  });

  it("cannot close the script element it is written into", () => {
    const hub = { ...english, synonyms: [{ ...english.synonyms[0], words: ["</script><b>"] }] } as Hub;
    const json = crisisWordsJson(hub);
    expect(json).not.toContain("<");
    expect(JSON.parse(json)[0].words).toEqual(["</script><b>"]);
  });
});

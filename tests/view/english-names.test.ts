import { beforeAll, describe, expect, it } from "vitest";
import { loadHub } from "../../src/build/load-hub.ts";
import { markNames } from "../../src/view/english-names.ts";
import type { Hub } from "../../src/view/hub.ts";

let english: Hub;
let spanish: Hub;

beforeAll(async () => {
  const hub = await loadHub({ dataDir: "_data", today: "2026-12-01" });
  [english, spanish] = ["en", "es"].map((language) => {
    const found = hub.editions.find((e) => e.language === language);
    if (!found) throw new Error(`no ${language} edition`);
    return found;
  }) as [Hub, Hub];
});

describe("English names in Spanish sentences", () => {
  it("knows the names the Spanish pages leave in English, longest first, and none on the English pages", () => {
    const names = spanish.helpContext.englishNames;
    expect(names).toContain("Veterans Crisis Line");
    expect(names).toContain("Childhelp");
    expect(names.indexOf("Childhelp National Child Abuse Hotline")).toBeLessThan(names.indexOf("Childhelp"));
    expect(english.helpContext.englishNames).toEqual([]);
  });

  it("counts a number spelled in English words as English, and digits alone as no name", () => {
    const names = spanish.helpContext.englishNames;
    expect(names).toContain("1-800-4-A-CHILD");
    expect(names.every((name) => /\p{L}/u.test(name))).toBe(true);
    expect(markNames("También se escribe 1-800-4-A-CHILD.", names)).toBe(
      'También se escribe <span lang="en">1-800-4-A-CHILD</span>.',
    );
  });

  it("marks each name as English, as whole words, the longest that fits", () => {
    const names = spanish.helpContext.englishNames;
    expect(markNames("Oprima 1 para la Veterans Crisis Line.", names)).toBe(
      'Oprima 1 para la <span lang="en">Veterans Crisis Line</span>.',
    );
    expect(markNames("Llame a la Childhelp National Child Abuse Hotline o a Childhelp.", names)).toBe(
      'Llame a la <span lang="en">Childhelp National Child Abuse Hotline</span> o a <span lang="en">Childhelp</span>.',
    );
    expect(markNames("Childhelpers no es un nombre.", names)).toBe("Childhelpers no es un nombre.");
  });

  it("escapes the text it returns as HTML, names or not", () => {
    expect(markNames('<b>"Childhelp" & co</b>', ["Childhelp"])).toBe(
      '&lt;b&gt;&quot;<span lang="en">Childhelp</span>&quot; &amp; co&lt;/b&gt;',
    );
    expect(markNames("a < b", [])).toBe("a &lt; b");
  });

  it("marks the names it is given each time, one list after another", () => {
    const text = "Childhelp y RAINN.";
    expect(markNames(text, ["Childhelp"])).toBe('<span lang="en">Childhelp</span> y RAINN.');
    expect(markNames(text, ["RAINN"])).toBe('Childhelp y <span lang="en">RAINN</span>.');
    expect(markNames(text, ["RAINN", "Childhelp"])).toBe(
      '<span lang="en">Childhelp</span> y <span lang="en">RAINN</span>.',
    );
    expect(markNames(text, ["RAINN"])).toBe('Childhelp y <span lang="en">RAINN</span>.');
  });
});

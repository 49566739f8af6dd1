import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../scripts/lib/run.ts";
import { loadData } from "../../src/data/load.ts";
import { formatProblem } from "../../src/data/problem.ts";
import { KINDS, type Kind, scaffold } from "../../src/data/scaffold.ts";
import { validateData } from "../../src/data/validate.ts";
import { causeSchema } from "../../src/model/cause.ts";
import { resourceSchema } from "../../src/model/resource.ts";
import { storySchema } from "../../src/model/story.ts";
import { englishHash } from "../../src/model/translation.ts";
import { copyData, type DataCopy } from "../helpers/data-copy.ts";

const TODAY = "2026-12-01";
const DEFINE = path.resolve("src/define.ts");
const SCHEMAS = { story: storySchema, resource: resourceSchema, cause: causeSchema };
const TITLES: Record<Kind, string> = {
  story: "Survivor speaks about her recovery",
  resource: "Elder Abuse Helpline",
  cause: "Elder abuse",
};

/** What a maintainer would write in place of each fillIn(...), one new cause with its new helpline and story. */
const FILLED: Record<Kind, Record<string, string>> = {
  story: {
    date: '"2026-02-20"',
    publication: '"The Paper"',
    title: '"Survivor speaks"',
    url: '"https://paper.example.org/survivor"',
    published: '"2026-02-20"',
    summary: "`A survivor spoke about her recovery.`",
    causes: '["elder-abuse"]',
    contentNote: '"This story mentions abuse of an older person. It gives no details."',
  },
  resource: {
    organization: '"Elder Help"',
    crisisLine: "true",
    summary: '"Counselors talk with older people and their families about abuse."',
    notFor: "[]",
    channels: '[{ type: "call", number: "+18004224453" }]',
    website: '"https://elderhelp.example.org/"',
    hours: '{ kind: "always" }',
    languages: '["en"]',
    languagesNote: '"English only."',
    serves: '"Older people and their families."',
    area: '"United States"',
    causes: '["elder-abuse"]',
    whoAnswers: '"A trained counselor."',
    wait: '"Most people reach someone within a few minutes."',
    whenTheyTellOthers: '"They call 911 only if someone is in danger now."',
    sources: '[{ name: "How it works", url: "https://elderhelp.example.org/how-it-works" }]',
    name: '"Elder Help"',
    url: '"https://elderhelp.example.org/"',
    checked: '"2026-02-01"',
  },
  cause: {
    alsoKnownAs: "[]",
    summary: '"Harm done to older people by someone they trust."',
    description: "`Elder abuse is harm done to an older person.`",
    steps:
      '[{ text: "Call 911 if someone is in danger now.", emergency: true }, { text: "Talk it through.", help: ["elder-abuse-helpline"] }, { text: "Learn more.", help: ["childhelp"] }]',
    related: '["mental-health"]',
  },
};

/** The Spanish a translator would write in each record's `es`, by field, from the English it translates. */
const FILLED_ES: Record<Kind, Record<string, string>> = {
  story: {
    summary: spanish("`A survivor spoke about her recovery.`", "Una sobreviviente habló de su recuperación."),
    contentNote: spanish(
      FILLED.story.contentNote,
      "Esta noticia menciona el abuso de una persona mayor. No da detalles.",
    ),
  },
  resource: {
    summary: spanish(FILLED.resource.summary, "Consejeros hablan con personas mayores y sus familias sobre el abuso."),
    notFor: "[]",
    channels: "[{}]",
    languagesNote: spanish(FILLED.resource.languagesNote, "Solo en inglés."),
    serves: spanish(FILLED.resource.serves, "Personas mayores y sus familias."),
    area: spanish(FILLED.resource.area, "Estados Unidos"),
    whoAnswers: spanish(FILLED.resource.whoAnswers, "Un consejero capacitado."),
    wait: spanish(FILLED.resource.wait, "La mayoría habla con alguien en pocos minutos."),
    name: spanish(FILLED.resource.name, "No tiene que dar su nombre."),
    whenTheyTellOthers: spanish(FILLED.resource.whenTheyTellOthers, "Llaman al 911 solo si alguien está en peligro."),
  },
  cause: {
    alsoKnownAs: "[]",
    summary: spanish(FILLED.cause.summary, "Daño que alguien de confianza le hace a una persona mayor."),
    description: spanish("`Elder abuse is harm done to an older person.`", "El abuso de personas mayores es un daño."),
    steps: `[${["Call 911 if someone is in danger now.", "Talk it through.", "Learn more."]
      .map((text, i) => `{ text: ${spanish(JSON.stringify(text), `Paso ${i + 1}.`)}${i > 0 ? ", help: [{}]" : ""} }`)
      .join(", ")}]`,
  },
};

/** A translated leaf for the English written as `source` (a quoted string or backticks). */
function spanish(source: string | undefined, text: string): string {
  return `{ text: ${JSON.stringify(text)}, from: "${englishHash((source ?? "").slice(1, -1))}" }`;
}

/** The file with every fillIn(...) replaced, the English first and then the Spanish in its `es` block. */
const fillAll = (text: string, values: Record<string, string>, es: Record<string, string>) => {
  const [english = "", spanishPart = ""] = text.split(/^ {2}es: \{$/m);
  const filled = (part: string, with_: Record<string, string>) =>
    part.replace(
      /^(\s*)(\w+): fillIn\(.*\),$/gm,
      (_, indent: string, key: string) => `${indent}${key}: ${with_[key]},`,
    );
  return `${filled(english, values)}  es: {${filled(spanishPart, es).replace(/fillIn\("the (title|name) in Spanish"\)/, '"En español"')}`;
};

const copies: DataCopy[] = [];
afterAll(async () => {
  for (const copy of copies) await copy.remove();
});

async function dataWithScaffolds(): Promise<DataCopy> {
  const data = await copyData();
  copies.push(data);
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const made = scaffold(kind, TITLES[kind], { dataDir: data.dir, defineFile: DEFINE });
    await writeFile(made.file, made.text);
  }
  return data;
}

describe("scaffold", () => {
  it("puts the file where its kind lives, named by the id made from the title", () => {
    const made = scaffold("story", "Survivor speaks about her recovery", { dataDir: "_data", defineFile: DEFINE });
    expect(made.file).toBe(path.join("_data", "stories", "survivor-speaks-about-her-recovery.ts"));
    expect(made.text).toContain('import { defineStory, fillIn } from "../../src/define.ts";');
    expect(made.text).toContain('  slug: "survivor-speaks-about-her-recovery", // the page address');
  });

  it.each(Object.keys(KINDS) as Kind[])("writes every field a %s has", (kind) => {
    const { text } = scaffold(kind, TITLES[kind], { dataDir: "_data", defineFile: DEFINE });
    for (const field of Object.keys(SCHEMAS[kind].shape)) expect(text).toMatch(new RegExp(`^  ${field}: `, "m"));
  });

  it("writes files laid out the way Biome formats them, so lint passes on them", async () => {
    for (const kind of Object.keys(KINDS) as Kind[]) {
      const { text, file } = scaffold(kind, TITLES[kind], { dataDir: "_data", defineFile: DEFINE });
      expect(await biomeFormat(text, file)).toBe(text);
    }
  });

  it("writes files that load, and that validation refuses until every fillIn() is replaced", async () => {
    const data = await dataWithScaffolds();
    const { raw, problems: loadProblems } = await loadData(data.dir);
    expect(loadProblems).toEqual([]);
    const problems = validateData(raw, TODAY).problems.map(formatProblem);
    const unfilled = problems.filter((p) => p.includes("is not filled in yet: replace fillIn(...) with"));
    expect(unfilled).toHaveLength(8 + 3 + 20 + 10 + 5 + 5);
    expect(problems.filter((p) => !unfilled.includes(p))).toEqual([
      `${data.dir}/causes/elder-abuse.ts: id = "elder-abuse" has no resource; add this id to the causes of at least one file in _data/resources/`,
    ]);
  });

  it("writes files that pass validation once filled in", async () => {
    const data = await dataWithScaffolds();
    for (const kind of Object.keys(KINDS) as Kind[]) {
      const file = `${KINDS[kind]}/${scaffold(kind, TITLES[kind], { dataDir: ".", defineFile: DEFINE }).id}.ts`;
      await data.edit(file, (text) => fillAll(text, FILLED[kind], FILLED_ES[kind]));
    }
    const { raw, problems } = await loadData(data.dir);
    expect([...problems, ...validateData(raw, TODAY).problems].map(formatProblem)).toEqual([]);
  });

  it("writes files that typecheck as they are", async () => {
    const data = await dataWithScaffolds();
    await data.write("tsconfig.json", JSON.stringify({ extends: path.resolve("tsconfig.json"), include: ["**/*.ts"] }));
    const result = await run("node_modules/.bin/tsc", ["--noEmit", "-p", `${data.dir}/tsconfig.json`]);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

/** The text as Biome would format it, under the project's settings. */
async function biomeFormat(text: string, file: string): Promise<string> {
  const result = await run("node_modules/.bin/biome", ["format", `--stdin-file-path=${file}`], { input: text });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

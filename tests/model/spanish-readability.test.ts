import { describe, expect, it } from "vitest";
import { spanishReadability, spanishSyllables } from "../../src/model/spanish-readability.ts";

describe("Spanish syllables", () => {
  it.each([
    // One syllable a run of vowels; two open vowels side by side are two.
    ["casa", 2],
    ["teléfono", 4],
    ["leer", 2],
    ["poema", 3],
    ["aéreo", 4],
    // i and u join the vowel beside them, unless a written accent parts them.
    ["ciudad", 2],
    ["suicidio", 3],
    ["violencia", 3],
    ["emergencia", 4],
    ["confidencial", 4],
    ["día", 2],
    ["país", 2],
    ["oído", 3],
    ["línea", 3],
    // The u of que, qui, gue and gui is not said; the ü of güe and güi is.
    ["queso", 2],
    ["guerra", 2],
    ["pingüino", 3],
    // y: a word of its own, a consonant, or the end of a run of vowels.
    ["y", 1],
    ["ya", 1],
    ["hoy", 1],
    ["muy", 1],
    ["Uruguay", 3],
  ] as const)("counts %s as %i", (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
});

describe("Spanish readability", () => {
  it("follows Szigriszt Pazos's formula: 206.835 - 62.3 syllables a word - words a sentence, from 0 to 100", () => {
    // 2 sentences, 8 words, 17 syllables: el con-se-je-ro le es-cu-cha, us-ted de-ci-de qué ha-cer.
    const result = spanishReadability("El consejero le escucha. Usted decide qué hacer.");
    expect(result).toMatchObject({ sentences: 2, words: 8 });
    expect(result.score).toBeCloseTo(206.835 - 62.3 * (17 / 8) - 8 / 2, 1);
    // Words of one syllable in short sentences, or of many in one long one, stay on the scale.
    expect(spanishReadability("La casa es bonita. El perro come pan.").score).toBe(100);
    expect(spanishReadability(`${"Administraciones extraordinariamente complicadas ".repeat(8)}.`).score).toBe(0);
  });

  it("scores short sentences of common words high, and long sentences of long words low", () => {
    expect(
      spanishReadability("Llame ahora. Alguien le va a escuchar. No tiene que dar su nombre.").score,
    ).toBeGreaterThan(80);
    expect(
      spanishReadability(
        "Proporcionamos información confidencial, orientación especializada y derivaciones a organizaciones comunitarias e instituciones de tratamiento.",
      ).score,
    ).toBeLessThan(40);
  });

  it("counts a number as one short word, and names the sentence with the most words", () => {
    const result = spanishReadability("Llame al 988. Si prefiere no hablar, puede enviar un mensaje de texto.");
    expect(result).toMatchObject({ sentences: 2, words: 13 });
    expect(result.longestSentence).toBe("Si prefiere no hablar, puede enviar un mensaje de texto.");
  });

  it("scores a text with no words 100 rather than dividing by zero", () => {
    expect(spanishReadability("  ")).toEqual({ score: 100, sentences: 0, words: 0, longestSentence: "" });
  });
});

import { countText } from "./readability.ts";

/**
 * How easy a Spanish text is to read, on the INFLESZ scale (Barrio Cantalejo, 2008, "Validación
 * de la Escala INFLESZ para evaluar la legibilidad de los textos dirigidos a pacientes"): Szigriszt
 * Pazos's adaptation of Flesch's reading ease to Spanish, 206.835 - 62.3 x syllables per word -
 * words per sentence, read against bands validated on texts for patients: below 40 very hard, 40
 * to 55 somewhat hard, 55 to 65 normal, 65 to 80 fairly easy, above 80 very easy. The hub's
 * Spanish is held to "normal" or easier, its counterpart of the English's grade 8: Spanish words
 * are longer than English ones, so Flesch-Kincaid's grades would call plain Spanish hard.
 */
export const MIN_INFLESZ = 55;

/**
 * One long word moves the score of a sentence or two by whole bands ("Usted decide qué
 * información personal compartir." is "very hard" for its 2.7 syllables a word), so shorter texts
 * are not scored.
 */
export const MIN_SPANISH_WORDS = 20;

export interface SpanishReadability {
  /** The INFLESZ score to one decimal place, from 0 to 100 as the scale reads; 100 if no words. */
  score: number;
  sentences: number;
  words: number;
  /** The sentence with the most words, trimmed: the first to shorten when a text is too hard. */
  longestSentence: string;
}

export function spanishReadability(text: string): SpanishReadability {
  const { sentences, words, syllables, longestSentence } = countText(text, "es", spanishSyllables);
  if (words === 0) return { score: 100, sentences: 0, words: 0, longestSentence: "" };
  const score = 206.835 - 62.3 * (syllables / words) - words / sentences;
  return { score: Math.min(100, Math.max(0, Math.round(score * 10) / 10)), sentences, words, longestSentence };
}

/** The open vowels, and í and ú, an accent makes a syllable of their own ("dí-a"). */
const STRONG = new Set("aeoáéóíú");
const VOWELS = new Set("aeiouáéíóúü");

/**
 * The syllables of a Spanish word, from its spelling, which Spanish writes as it is said: one per
 * run of vowels, and one more wherever two open vowels meet ("le-er", "po-e-ma"), while i and u
 * without an accent join the vowel beside them ("ciu-dad", "sui-ci-dio", "Pa-ra-guay"). The u of
 * "que", "qui", "gue" and "gui" is not said; the ü of "pingüino" is. "y" is a syllable alone, and
 * otherwise a consonant, or the end of a run of vowels ("hoy", "muy") that it does not add to.
 * @example spanishSyllables("emergencia") // 4: e-mer-gen-cia
 */
export function spanishSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, "");
  if (letters === "y") return 1;
  const said = letters.replace(/([qg])u([eiéí])/g, "$1$2");
  let count = 0;
  let previous = "";
  for (const letter of said) {
    if (VOWELS.has(letter) && (!VOWELS.has(previous) || (STRONG.has(previous) && STRONG.has(letter)))) count++;
    previous = letter;
  }
  return Math.max(1, count);
}

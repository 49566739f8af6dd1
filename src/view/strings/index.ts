import { en, type Strings } from "./en.ts";

/** Interface text by language code; `_data/site.ts` picks one with `language`. */
export const STRINGS: Readonly<Record<string, Strings>> = { en };

export type { Strings };

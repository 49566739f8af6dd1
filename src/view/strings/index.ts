import { en, type Strings } from "./en.ts";
import { es } from "./es.ts";

/** Interface text by language code: the site's own language (`language` in `_data/site.ts`), and Spanish. */
export const STRINGS: Readonly<Record<string, Strings>> = { en, es };

export type { Strings };

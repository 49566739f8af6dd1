import type { Cause } from "./cause.ts";
import type { Country } from "./country.ts";
import type { Resource } from "./resource.ts";
import type { Site } from "./site.ts";
import type { Story } from "./story.ts";
import type { SynonymGroup } from "./synonyms.ts";

/** A record that passed its own checks, with the file it came from for later messages. */
export interface Sourced<T> {
  file: string;
  record: T;
}

/** Every record of the hub, each checked on its own and against the others (src/data/validate.ts). */
export interface HubData {
  site: Site;
  /** The file the site's settings came from, for messages: `_data/site.ts`. */
  siteFile: string;
  causes: Sourced<Cause>[];
  resources: Sourced<Resource>[];
  stories: Sourced<Story>[];
  /** Help in other countries, for the "Outside" page only. */
  countries: Sourced<Country>[];
  /** What people type, and what it should find (`_data/synonyms.ts`). */
  synonyms: SynonymGroup[];
}

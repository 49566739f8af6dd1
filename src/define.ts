/**
 * The typed helpers data files use, in one import:
 * `import { defineStory } from "../../src/define.ts";`
 * They return what they are given; their job is to let the editor and `npm run typecheck`
 * flag a misspelt field or a wrong type before a build does.
 */
export { defineCause } from "./model/cause.ts";
export { defineCountry } from "./model/country.ts";
/** Marks a value still to write, in files made by `npm run new`; the build refuses it. */
export { fillIn } from "./model/fill-in.ts";
export { defineResource } from "./model/resource.ts";
export { defineSite } from "./model/site.ts";
export { defineStory } from "./model/story.ts";
export { defineSynonyms } from "./model/synonyms.ts";

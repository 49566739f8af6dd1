/**
 * The typed helpers data files use, in one import:
 * `import { defineStory } from "../../src/define.ts";`
 * They return what they are given; their job is to let the editor and `npm run typecheck`
 * flag a misspelt field or a wrong type before a build does.
 */
export { defineCause } from "./cause.ts";
/** Marks a value still to write, in files made by `npm run new`; the build refuses it. */
export { fillIn } from "./fill-in.ts";
export { defineResource } from "./resource.ts";
export { defineSite } from "./site.ts";
export { defineStory } from "./story.ts";

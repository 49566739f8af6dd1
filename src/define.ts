/**
 * The typed helpers data files use, in one import:
 * `import { defineStory } from "../../src/define.ts";`
 * They return what they are given; their job is to let the editor and `npm run typecheck`
 * flag a misspelt field or a wrong type before a build does.
 */
export { defineCause } from "./cause.ts";
export { defineResource } from "./resource.ts";
export { defineSite } from "./site.ts";
export { defineStory } from "./story.ts";

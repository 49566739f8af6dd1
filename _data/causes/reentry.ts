import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "reentry",
  name: "Life after prison",
  alsoKnownAs: ["Reentry"],
  summary: "Rebuilding a life after prison: housing, work, health and family.",
  description: `Leaving prison means finding housing, work, health care and support, often while meeting
the conditions of parole. Many people also carry trauma from before and during their time inside.

Reentry programs can help with the practical steps. The resources listed here can point you to
services in your state.`,
  related: ["prison-reform", "mental-health"],
});

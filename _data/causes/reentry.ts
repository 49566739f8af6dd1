import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "reentry",
  name: "Life after prison",
  alsoKnownAs: ["Reentry"],
  summary: "Building a life after prison: a home, work, health care and family.",
  description: `Leaving prison means finding a home, work, health care and support, often while meeting the rules
of parole. Many people also carry trauma from before and during their time inside.

Reentry programs can help with the practical steps. The resources listed here can point you to
services in your state.`,
  steps: [
    { text: "Find programs for people leaving prison in your state.", help: ["national-reentry-resource-center"] },
    {
      text: "For help with mental health or drug and alcohol use, call SAMHSA's helpline at any time.",
      help: ["samhsa-helpline"],
    },
    { text: "If you are struggling or thinking about suicide, call or text 988.", help: ["988-lifeline"] },
    { text: "Learn about work to help people after they get out.", help: ["vera-institute"] },
  ],
  related: ["prison-reform", "mental-health"],
});

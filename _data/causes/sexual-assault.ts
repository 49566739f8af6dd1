import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "sexual-assault",
  name: "Sexual abuse and assault",
  summary: "Any sexual contact or act without consent, including the abuse of children.",
  description: `Sexual assault is any sexual act that a person did not agree to or could not agree to,
including when they were a child. It is never the fault of the person it happened to, however long
ago it was.

Support is there for survivors, and for the family and friends of survivors, whether it happened
recently or years ago. Talking to a trained staff member does not mean you have to report anything.`,
  related: ["child-abuse", "child-safety", "mental-health"],
});

import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "child-safety",
  name: "Child abduction and child safety",
  summary: "Keeping children safe from abduction and exploitation, and help when a child is missing.",
  description: `Child safety covers what families and communities do to protect children from being
taken, exploited or harmed, and what to do when a child goes missing.

If a child is missing, call 911 first, then a missing children hotline. Survivors of abduction, and
their families, can also find long-term support.`,
  related: ["child-abuse", "sexual-assault"],
});

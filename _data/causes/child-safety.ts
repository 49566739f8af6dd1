import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "child-safety",
  name: "Child abduction and child safety",
  summary: "Keeping children safe from being taken or used, and getting help when a child is missing.",
  description: `Child safety is what families and towns do to keep children from being taken, used or harmed. It
is also what to do when a child goes missing.

If a child is missing, call 911 first. Then call a missing children hotline. Children who were taken,
and their families, can also find support for the long term.`,
  steps: [
    { text: "If a child is missing or in danger, call 911 first.", emergency: true },
    { text: "Then call the NCMEC hotline about a missing child. It is open at any hour.", help: ["missing-kids"] },
    {
      text: "Has someone shared sexual images of a child online? Report it to the CyberTipline.",
      help: ["cybertipline"],
    },
    {
      text: "Survivors and families can find support, and learn how to keep children safe.",
      help: ["elizabeth-smart-foundation"],
    },
  ],
  related: ["child-abuse", "sexual-assault"],
});

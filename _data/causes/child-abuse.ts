import { defineCause } from "../../src/define.ts";

const STATE_REPORTING_NUMBERS = {
  name: "How to report child abuse, with each state's number (Child Welfare Information Gateway)",
  url: "https://www.childwelfare.gov/topics/responding/reporting/how/",
};

export default defineCause({
  id: "child-abuse",
  name: "Child abuse and neglect",
  summary: "When a parent or caregiver hurts a child, or fails to give the care a child needs to be safe.",
  description: `Child abuse is harm done to a child by a parent, a caregiver or another adult in charge of them.
It can be physical, emotional or sexual. Neglect is when a child does not get the food, shelter,
medical care, supervision or schooling they need.

Abuse often happens in private. Children may not have words for it, or may be afraid to tell.
Adults who are worried about a child can talk it through with a counselor before they decide what
to do. So can children and teens.

If a child is in danger right now, call 911.`,
  steps: [
    { text: "If a child is in danger right now, call 911.", emergency: true },
    {
      text: "To report abuse, call the child abuse line of the state where the child lives. The official list has the number for each state.",
      help: [STATE_REPORTING_NUMBERS],
    },
    {
      text: "Not sure what to do? A Childhelp counselor can talk it through with you and help you find your state's number.",
      help: ["childhelp"],
    },
    {
      text: "Has someone shared sexual images of a child online? Report it to the CyberTipline.",
      help: ["cybertipline"],
    },
    { text: "If this is hard to live with, you can call or text 988 at any time.", help: ["988-lifeline"] },
  ],
  related: ["medical-child-abuse", "sexual-assault", "child-safety", "domestic-violence"],
});

import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "child-abuse",
  name: "Child abuse and neglect",
  summary: "When a parent or caregiver hurts a child, or fails to give the care a child needs to be safe.",
  description: `Child abuse is harm done to a child by a parent, caregiver or another adult in charge of them.
It can be physical, emotional or sexual. Neglect is when a child does not get the food, shelter,
medical care, supervision or schooling they need.

Abuse often happens in private, and children may not have words for it or may be afraid to tell.
Adults who are worried about a child, and children and teens themselves, can talk it through with a
counselor before deciding what to do.

If a child is in danger right now, call 911.`,
  related: ["medical-child-abuse", "sexual-assault", "child-safety", "domestic-violence"],
});

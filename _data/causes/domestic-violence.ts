import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "domestic-violence",
  name: "Domestic violence",
  summary: "Abuse by a partner or family member at home: physical, emotional, sexual or financial.",
  description: `Domestic violence is a pattern of behaviour used to control a partner or family member.
It includes hitting and threats, but also watching someone's phone, cutting them off from friends,
and controlling their money.

Advocates can help you think through a safety plan, whether or not you want to leave. If someone
may be checking your devices, read our page on browsing safely first.`,
  related: ["child-abuse", "sexual-assault", "mental-health"],
});

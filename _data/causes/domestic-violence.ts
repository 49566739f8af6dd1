import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "domestic-violence",
  name: "Domestic violence",
  summary: "Abuse by a partner or family member. It can hurt the body, the mind, sex life or money.",
  description: `Domestic violence is a pattern of acts that one person uses to control a partner or family member.
It includes hitting and threats. It also includes checking someone's phone, cutting them off from
friends, and controlling their money.

An advocate can help you make a safety plan, whether or not you want to leave. If someone may check
your phone or computer, read our page on browsing safely first.`,
  steps: [
    { text: "If you are in danger right now, call 911.", emergency: true },
    {
      text: "Talk with an advocate about a safety plan. You can call, text or chat at any hour.",
      help: ["domestic-violence-hotline"],
    },
    { text: "If children in the home are being hurt, a Childhelp counselor can help.", help: ["childhelp"] },
    { text: "If it all feels like too much, call or text 988.", help: ["988-lifeline"] },
  ],
  related: ["child-abuse", "sexual-assault", "mental-health"],
});

import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "mental-health",
  name: "Mental health",
  summary: "Support when you feel very upset, think about suicide, or live with the effects of trauma.",
  description: `Reading about abuse or violence can bring up strong feelings. This is even more true for people who
have lived through something like it. Feeling swamped, numb, or unable to stop thinking about it is
common.

If you are thinking about suicide, or you are worried about someone who is, you can call or text 988
at any time. Other helplines can help you find treatment and support groups near you.`,
  steps: [
    { text: "If you or someone else is in danger right now, call 911.", emergency: true },
    {
      text: "If you are thinking about suicide, or worried about someone, call or text 988 at any time.",
      help: ["988-lifeline"],
    },
    { text: "If you would rather text, a Crisis Text Line volunteer will text back.", help: ["crisis-text-line"] },
    {
      text: "Are you a veteran or in the military? The Veterans Crisis Line is for you.",
      help: ["veterans-crisis-line"],
    },
    {
      text: "To find treatment or support groups, call the NAMI HelpLine or SAMHSA's helpline.",
      help: ["nami-helpline", "samhsa-helpline"],
    },
  ],
  related: ["child-abuse", "sexual-assault", "reentry"],
});

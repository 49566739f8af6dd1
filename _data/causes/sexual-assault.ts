import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "sexual-assault",
  name: "Sexual abuse and assault",
  summary:
    "Any sexual act a person did not agree to or could not agree to. This includes the sexual abuse of children.",
  description: `Sexual assault is any sexual act that a person did not agree to, or could not agree to. This
includes acts done to a child. It is never the fault of the person it happened to, however long ago
it was.

Help is there for survivors, and for their family and friends. It does not matter whether it
happened last night or years ago. Talking to someone on a hotline does not mean you have to report
anything.`,
  steps: [
    { text: "If you are in danger right now, call 911.", emergency: true },
    {
      text: "Talk with someone at the National Sexual Assault Hotline. It does not matter how long ago it happened.",
      help: ["rainn"],
    },
    {
      text: "If a child is being abused, call Childhelp, or the child abuse line of the state where the child lives.",
      help: [
        "childhelp",
        {
          name: "How to report child abuse, with each state's number (Child Welfare Information Gateway)",
          url: "https://www.childwelfare.gov/topics/responding/reporting/how/",
        },
      ],
    },
    { text: "To report images of a child shared online, use the CyberTipline.", help: ["cybertipline"] },
  ],
  related: ["child-abuse", "child-safety", "mental-health"],
});

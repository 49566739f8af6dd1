import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "medical-child-abuse",
  name: "Medical child abuse",
  alsoKnownAs: ["Munchausen syndrome by proxy", "Factitious disorder imposed on another"],
  summary:
    "When a caregiver makes a child seem sick, or makes them sick, so the child gets tests and care they do not need.",
  description: `Medical child abuse is when a parent or caregiver makes up, overstates or causes signs of illness
in a child. The child then sees doctors and gets tests and treatment for illnesses they do not have.
It is a form of child abuse. For a long time it was called Munchausen syndrome by proxy. Doctors
now call it factitious disorder imposed on another.

It can be hard to see from the outside. The caregiver often seems loving, and the child's records
look like those of a very sick child. The harm comes from the lies, from medicine and operations the
child does not need, and from being kept apart from others.

Anyone who fears a child is being harmed this way can talk to a child abuse hotline counselor.`,
  steps: [
    { text: "If a child is in danger right now, call 911.", emergency: true },
    {
      text: "If you fear a caregiver is making a child ill, talk it through with a Childhelp counselor.",
      help: ["childhelp"],
    },
    {
      text: "To report it, call the child abuse line of the state where the child lives.",
      help: [
        {
          name: "How to report child abuse, with each state's number (Child Welfare Information Gateway)",
          url: "https://www.childwelfare.gov/topics/responding/reporting/how/",
        },
      ],
    },
    {
      text: "If this happened to you and it still hurts, you can call or text 988 at any time.",
      help: ["988-lifeline"],
    },
  ],
  related: ["child-abuse", "mental-health"],
});

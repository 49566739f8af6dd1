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
  es: {
    name: { text: "Abuso y agresión sexual", from: "c7cca9ad" },
    summary: {
      text: "Cualquier acto sexual que una persona no consintió o no podía consentir. Esto incluye el abuso sexual de niños.",
      from: "9a52a0f4",
    },
    description: {
      text: `La agresión sexual es cualquier acto sexual que una persona no consintió o no podía consentir. Esto
incluye los actos contra un niño. Nunca es culpa de la persona a quien le pasó, sin importar cuánto
tiempo haya pasado.

Hay ayuda para los sobrevivientes y para sus familiares y amigos. No importa si pasó anoche o hace años.
Hablar con alguien en una línea de ayuda no quiere decir que tenga que denunciar nada.`,
      from: "a50d1e69",
    },
    steps: [
      { text: { text: "Si está en peligro ahora mismo, llame al 911.", from: "fdaba8e6" } },
      {
        text: {
          text: "Hable con alguien de la línea nacional de ayuda para casos de agresión sexual (National Sexual Assault Hotline). No importa cuánto tiempo haya pasado.",
          from: "cc9b2e7c",
        },
        help: [{}],
      },
      {
        text: {
          text: "Si alguien está abusando de un niño, llame a Childhelp o a la línea de maltrato infantil del estado donde vive el niño.",
          from: "3fdc8729",
        },
        help: [
          {},
          {
            name: {
              text: "Cómo reportar el maltrato infantil, con el número de cada estado (Child Welfare Information Gateway, en inglés)",
              from: "47d44825",
            },
          },
        ],
      },
      {
        text: {
          text: "Para reportar imágenes de un niño compartidas en internet, use la CyberTipline.",
          from: "43b70dac",
        },
        help: [{}],
      },
    ],
  },
});

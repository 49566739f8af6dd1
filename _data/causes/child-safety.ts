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
  es: {
    name: { text: "Secuestro de niños y seguridad infantil", from: "4e432f94" },
    summary: {
      text: "Proteger a los niños para que nadie se los lleve ni se aproveche de ellos, y buscar ayuda cuando un niño desaparece.",
      from: "5718b5f1",
    },
    description: {
      text: `La seguridad infantil es lo que hacen las familias y las comunidades para que nadie se lleve a los
niños, se aproveche de ellos o les haga daño. También es saber qué hacer cuando un niño desaparece.

Si un niño está desaparecido, llame primero al 911. Después llame a una línea de ayuda para niños
desaparecidos. Los niños que fueron secuestrados y sus familias también pueden encontrar apoyo a largo
plazo.`,
      from: "0fc79d76",
    },
    steps: [
      { text: { text: "Si un niño está desaparecido o en peligro, llame primero al 911.", from: "c54d2dc0" } },
      {
        text: {
          text: "Después llame a la línea de ayuda del NCMEC sobre un niño desaparecido. Atiende a cualquier hora.",
          from: "fd960114",
        },
        help: [{}],
      },
      {
        text: {
          text: "¿Alguien compartió imágenes sexuales de un niño en internet? Repórtelo a la CyberTipline.",
          from: "bec8bc5a",
        },
        help: [{}],
      },
      {
        text: {
          text: "Los sobrevivientes y las familias pueden encontrar apoyo y aprender a proteger a los niños.",
          from: "443094ac",
        },
        help: [{}],
      },
    ],
  },
});

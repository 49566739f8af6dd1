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
  es: {
    name: { text: "Maltrato infantil y negligencia", from: "c113dab6" },
    summary: {
      text: "Cuando un padre, una madre o la persona que cuida a un niño le hace daño, o no le da el cuidado que necesita para estar a salvo.",
      from: "4e05ca43",
    },
    description: {
      text: `El maltrato infantil es el daño que le hace a un niño su padre, su madre, la persona que lo cuida u otro
adulto a cargo de él. Puede ser físico, emocional o sexual. La negligencia es cuando un niño no recibe la
comida, la vivienda, la atención médica, la supervisión o la educación que necesita.

El maltrato suele pasar en privado. Es posible que los niños no tengan palabras para contarlo, o que
tengan miedo de decirlo. Los adultos a quienes les preocupa un niño pueden hablarlo con un consejero
antes de decidir qué hacer. Los niños y los adolescentes también pueden hacerlo.

Si un niño está en peligro ahora mismo, llame al 911.`,
      from: "a4f1b197",
    },
    steps: [
      { text: { text: "Si un niño está en peligro ahora mismo, llame al 911.", from: "aa263b15" } },
      {
        text: {
          text: "Para reportar el maltrato, llame a la línea de maltrato infantil del estado donde vive el niño. La lista oficial tiene el número de cada estado.",
          from: "110503a0",
        },
        help: [
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
          text: "¿No sabe qué hacer? Un consejero de Childhelp puede hablarlo con usted y ayudarle a encontrar el número de su estado.",
          from: "a6572205",
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
          text: "Si esto le resulta muy difícil, puede llamar o enviar un mensaje de texto al 988 a cualquier hora.",
          from: "3697a975",
        },
        help: [{}],
      },
    ],
  },
});

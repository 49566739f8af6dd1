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
  es: {
    name: { text: "Maltrato médico infantil", from: "164cbfa3" },
    alsoKnownAs: [
      { text: "Síndrome de Munchausen por poder", from: "919314d8" },
      { text: "Trastorno facticio aplicado a otro", from: "65bb500e" },
    ],
    summary: {
      text: "Cuando la persona que cuida a un niño lo hace parecer enfermo, o lo enferma, y así el niño recibe exámenes y atención médica que no necesita.",
      from: "4744e118",
    },
    description: {
      text: `El maltrato médico infantil es cuando un padre, una madre o la persona que cuida a un niño inventa,
exagera o causa señales de enfermedad en el niño. Entonces el niño va al médico y recibe exámenes y
tratamientos para enfermedades que no tiene. Es una forma de maltrato infantil. Durante mucho tiempo se
llamó síndrome de Munchausen por poder. Hoy los médicos lo llaman trastorno facticio aplicado a otro.

Puede ser difícil de ver desde afuera. La persona que cuida al niño suele parecer muy cariñosa, y el
historial médico del niño parece el de un niño muy enfermo. El daño viene de las mentiras, de las
medicinas y las operaciones que el niño no necesita, y de mantenerlo alejado de otras personas.

Cualquier persona que tema que un niño sufra este tipo de maltrato puede hablar con un consejero de una
línea de ayuda contra el maltrato infantil.`,
      from: "8e33b66f",
    },
    steps: [
      { text: { text: "Si un niño está en peligro ahora mismo, llame al 911.", from: "aa263b15" } },
      {
        text: {
          text: "Si teme que la persona que cuida a un niño lo esté enfermando, hable de lo que pasa con un consejero de Childhelp.",
          from: "4599c179",
        },
        help: [{}],
      },
      {
        text: {
          text: "Para reportarlo, llame a la línea de maltrato infantil del estado donde vive el niño.",
          from: "92831a27",
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
          text: "Si a usted le pasó esto y todavía le duele, puede llamar o enviar un mensaje de texto al 988 a cualquier hora.",
          from: "286d242c",
        },
        help: [{}],
      },
    ],
  },
});

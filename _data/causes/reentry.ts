import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "reentry",
  name: "Life after prison",
  alsoKnownAs: ["Reentry"],
  summary: "Building a life after prison: a home, work, health care and family.",
  description: `Leaving prison means finding a home, work, health care and support, often while meeting the rules
of parole. Many people also carry trauma from before and during their time inside.

Reentry programs can help with the practical steps. The resources listed here can point you to
services in your state.`,
  steps: [
    { text: "Find programs for people leaving prison in your state.", help: ["national-reentry-resource-center"] },
    {
      text: "For help with mental health or drug and alcohol use, call SAMHSA's helpline at any time.",
      help: ["samhsa-helpline"],
    },
    { text: "If you are struggling or thinking about suicide, call or text 988.", help: ["988-lifeline"] },
    { text: "Learn about work to help people after they get out.", help: ["vera-institute"] },
  ],
  related: ["prison-reform", "mental-health"],
  es: {
    name: { text: "La vida después de la prisión", from: "99a934a8" },
    alsoKnownAs: [
      { text: "Reinserción social", from: "afa9511c" },
      { text: "Reingreso a la comunidad", from: "afa9511c" },
    ],
    summary: {
      text: "Rehacer la vida después de la prisión: un hogar, trabajo, atención médica y familia.",
      from: "edbb7e76",
    },
    description: {
      text: `Salir de la prisión significa buscar un hogar, trabajo, atención médica y apoyo, muchas veces mientras
se cumplen las reglas de la libertad condicional. Muchas personas también cargan con traumas de antes y
del tiempo que pasaron adentro.

Los programas de reinserción pueden ayudar con los pasos prácticos. Los recursos que aparecen aquí le
pueden indicar servicios en su estado.`,
      from: "50c7ff49",
    },
    steps: [
      {
        text: {
          text: "Encuentre programas en su estado para las personas que salen de la prisión.",
          from: "5a1d58df",
        },
        help: [{}],
      },
      {
        text: {
          text: "Para recibir ayuda con la salud mental o con el consumo de drogas y alcohol, llame a la línea de ayuda de SAMHSA a cualquier hora.",
          from: "2a929039",
        },
        help: [{}],
      },
      {
        text: {
          text: "Si está pasando por un momento difícil o piensa en el suicidio, llame o envíe un mensaje de texto al 988.",
          from: "756d1451",
        },
        help: [{}],
      },
      {
        text: {
          text: "Conozca el trabajo que se hace para ayudar a las personas después de que salen.",
          from: "198e935f",
        },
        help: [{}],
      },
    ],
  },
});

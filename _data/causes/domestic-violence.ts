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
  es: {
    name: { text: "Violencia doméstica", from: "ce61034d" },
    summary: {
      text: "Maltrato de parte de una pareja o de un familiar. Puede dañar el cuerpo, la mente, la vida sexual o el dinero.",
      from: "7ebe1aa9",
    },
    description: {
      text: `La violencia doméstica es un patrón de conductas que una persona usa para controlar a su pareja o a
un familiar. Incluye los golpes y las amenazas. También incluye revisarle el teléfono a alguien, alejarlo
de sus amistades y controlar su dinero.

Un defensor, que es una persona capacitada para apoyar a las víctimas, puede ayudarle a hacer un plan de
seguridad, quiera o no dejar la relación. Si alguien puede revisar su teléfono o su computadora, lea
primero nuestra página sobre cómo navegar con seguridad.`,
      from: "7237b9cd",
    },
    steps: [
      { text: { text: "Si está en peligro ahora mismo, llame al 911.", from: "fdaba8e6" } },
      {
        text: {
          text: "Hable con un defensor sobre un plan de seguridad. Puede llamar, enviar un mensaje de texto o chatear a cualquier hora.",
          from: "1fa5eca2",
        },
        help: [{}],
      },
      {
        text: {
          text: "Si alguien les está haciendo daño a los niños de la casa, un consejero de Childhelp puede ayudar.",
          from: "88064785",
        },
        help: [{}],
      },
      {
        text: {
          text: "Si siente que todo esto es demasiado, llame o envíe un mensaje de texto al 988.",
          from: "d886ca61",
        },
        help: [{}],
      },
    ],
  },
});

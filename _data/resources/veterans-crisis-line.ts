import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "veterans-crisis-line",
  name: "Veterans Crisis Line",
  organization: "U.S. Department of Veterans Affairs",
  crisisLine: true,
  summary:
    "Free, private support for veterans and service members in crisis, and for the people who care about them. You do not have to be signed up for VA care.",
  channels: [
    { type: "call", shortCode: "988", note: "Then press 1." },
    { type: "text", shortCode: "838255" },
    { type: "chat", url: "https://veteranscrisisline.net/Chat" },
  ],
  website: "https://www.veteranscrisisline.net/",
  hours: { kind: "always" },
  languages: ["en"],
  serves: "Veterans and people in the military, and their families and friends. This includes the Guard and Reserve.",
  area: "United States",
  causes: ["mental-health"],
  whatHappens: {
    whoAnswers:
      "A trained responder. They ask a few questions first, such as whether you or someone you know is in danger right now.",
    name: "You decide what to share about yourself.",
    whenTheyTellOthers:
      "If you are in danger, the responder works with you to keep you safe. If you give your contact details, a VA suicide prevention worker near you will contact you by the next business day.",
    sources: [
      {
        name: "Veterans Crisis Line: What to expect",
        url: "https://www.veteranscrisisline.net/mobile/GetHelp/WhatToExpect.aspx",
      },
    ],
  },
  source: {
    name: "Veterans Crisis Line: About",
    url: "https://www.veteranscrisisline.net/About/VeteranSuicide.aspx",
  },
  checked: "2026-11-29",
  es: {
    summary: {
      text: "Apoyo gratuito y privado para veteranos y miembros de las fuerzas armadas en crisis, y para las personas que se preocupan por ellos. No hace falta estar inscrito en la atención médica del VA.",
      from: "b5823ad8",
    },
    channels: [{ note: { text: "Luego oprima 1.", from: "3af0e6a2" } }, {}, {}],
    serves: {
      text: "Veteranos y personas en las fuerzas armadas, y sus familiares y amigos. Esto incluye a la Guardia Nacional y la Reserva.",
      from: "01da9b54",
    },
    area: { text: "Estados Unidos", from: "49dca65f" },
    whatHappens: {
      whoAnswers: {
        text: "Una persona capacitada para atender crisis. Primero le hace unas preguntas. Por ejemplo, le pregunta si usted o alguien que conoce está en peligro ahora mismo.",
        from: "5ae24aa0",
      },
      name: { text: "Usted decide qué información personal compartir.", from: "eb6a96e9" },
      whenTheyTellOthers: {
        text: "Si está en peligro, la persona que le atiende busca con usted la manera de mantenerle a salvo. Si da sus datos de contacto, un empleado del VA de su zona se comunicará con usted a más tardar el siguiente día hábil. Esa persona trabaja en prevención del suicidio.",
        from: "29705079",
      },
    },
  },
});

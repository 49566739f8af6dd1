import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "988-lifeline",
  name: "988 Suicide & Crisis Lifeline",
  organization: "988 Suicide & Crisis Lifeline",
  crisisLine: true,
  summary:
    "Call, text or chat with a trained counselor if you are thinking about suicide or are very upset. You can also reach out if you are worried about someone.",
  channels: [
    {
      type: "call",
      shortCode: "988",
      note: "Press 1 for the Veterans Crisis Line. Press 2 for help in Spanish.",
    },
    { type: "text", shortCode: "988", languages: ["en"] },
    { type: "text", shortCode: "988", keyword: "AYUDA", languages: ["es"] },
    { type: "chat", url: "https://988lifeline.org/" },
  ],
  website: "https://988lifeline.org/",
  hours: { kind: "always" },
  languages: ["en", "es"],
  serves: "Anyone who is very upset or has thoughts of suicide. Also anyone who is worried about someone.",
  area: "United States",
  causes: ["mental-health", "reentry"],
  whatHappens: {
    whoAnswers:
      "A trained counselor at a crisis center in the 988 network. First they ask if you are safe. Then they listen, support you and share help if you want it.",
    whenTheyTellOthers:
      "You choose whether to take the help they suggest. The Lifeline says there are some exceptions when a person's safety is at risk.",
    sources: [
      { name: "988 Lifeline: What to expect", url: "https://988lifeline.org/get-help/what-to-expect" },
      { name: "988 Lifeline: Terms of service", url: "https://988lifeline.org/terms-of-service" },
    ],
  },
  source: { name: "988 Suicide & Crisis Lifeline", url: "https://988lifeline.org/" },
  checked: "2025-07-17",
  es: {
    summary: {
      text: "Llame, envíe un mensaje de texto o chatee con un consejero capacitado si está pensando en el suicidio o se siente muy mal. También puede comunicarse si le preocupa alguien.",
      from: "6f5c92ad",
    },
    channels: [
      {
        note: {
          text: "Oprima 1 para la Veterans Crisis Line. Oprima 2 para recibir ayuda en español.",
          from: "9ffead7f",
        },
      },
      {},
      {},
      {},
    ],
    serves: {
      text: "Cualquier persona que se sienta muy mal o tenga pensamientos de suicidio. También cualquier persona a quien le preocupe alguien.",
      from: "4e118c6c",
    },
    area: { text: "Estados Unidos", from: "49dca65f" },
    whatHappens: {
      whoAnswers: {
        text: "Un consejero capacitado de un centro de crisis de la red 988. Primero le pregunta si está a salvo. Después escucha lo que le pasa, le da apoyo y le ofrece ayuda si usted la quiere.",
        from: "a7eb3c78",
      },
      whenTheyTellOthers: {
        text: "Usted decide si acepta la ayuda que le sugieren. La línea 988 dice que hay algunas excepciones cuando la seguridad de una persona corre peligro.",
        from: "2d71e2de",
      },
    },
  },
});

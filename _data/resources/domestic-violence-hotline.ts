import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "domestic-violence-hotline",
  name: "National Domestic Violence Hotline",
  organization: "The Hotline",
  crisisLine: true,
  summary: "Advocates help you think through abuse from a partner, make a safety plan and find help near you.",
  notFor: ["It is not an emergency service. If you are in danger now, call 911."],
  channels: [
    { type: "call", number: "+18007997233", vanity: "1-800-799-SAFE" },
    { type: "tty", number: "+18007873224" },
    { type: "text", shortCode: "88788", keyword: "START" },
    { type: "chat", url: "https://www.thehotline.org/" },
  ],
  website: "https://www.thehotline.org/",
  hours: { kind: "always" },
  languages: ["en", "es"],
  serves: "Anyone who is hurt or controlled by a partner. Also people worried about someone.",
  area: "United States",
  causes: ["domestic-violence"],
  whatHappens: {
    whoAnswers:
      "Trained advocates answer calls, chats and texts at any hour. They listen without judging you. You may be in an abusive relationship, have left one, or be worried about someone.",
    sources: [{ name: "The Hotline: About our advocates", url: "https://www.thehotline.org/tag/about-the-hotline/" }],
  },
  source: { name: "National Domestic Violence Hotline", url: "https://www.thehotline.org/" },
  checked: "2025-07-17",
  es: {
    summary: {
      text: "Los defensores le ayudan a pensar en el maltrato que vive con su pareja, a hacer un plan de seguridad y a encontrar ayuda cerca de usted.",
      from: "e276beef",
    },
    notFor: [{ text: "No es un servicio de emergencia. Si está en peligro ahora, llame al 911.", from: "b417fb38" }],
    channels: [{}, {}, {}, {}],
    serves: {
      text: "Cualquier persona a quien su pareja le hace daño o la controla. También personas preocupadas por alguien.",
      from: "4c2f3847",
    },
    area: { text: "Estados Unidos", from: "49dca65f" },
    whatHappens: {
      whoAnswers: {
        text: "Las llamadas, los chats y los mensajes de texto los contestan defensores capacitados, a cualquier hora. Escuchan sin juzgar. Puede ser que usted esté en una relación de maltrato, que ya haya salido de una o que le preocupe alguien.",
        from: "117fb0f8",
      },
    },
  },
});

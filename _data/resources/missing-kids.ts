import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "missing-kids",
  name: "National Center for Missing & Exploited Children",
  organization: "National Center for Missing & Exploited Children (NCMEC)",
  crisisLine: true,
  summary: "Call at any hour about a missing child. You can also call about a child who is being sexually exploited.",
  notFor: ["If a child is missing or in danger right now, call 911 first."],
  channels: [{ type: "call", number: "+18008435678", vanity: "1-800-THE-LOST" }],
  website: "https://www.missingkids.org/",
  hours: { kind: "always" },
  languages: ["en"],
  serves:
    "Families of missing children and people who know where a missing child may be. Also survivors of exploitation.",
  area: "United States",
  causes: ["child-safety"],
  whatHappens: {
    whoAnswers: "The hotline is run by NCMEC itself. NCMEC helps families and police find missing children.",
    name: "You do not have to give your name to report a child being sexually exploited.",
    whenTheyTellOthers:
      "NCMEC passes reports of child sexual exploitation to the police who can act on them. If a child is in danger now, it tells the police right away.",
    sources: [
      { name: "NCMEC: Frequently asked questions", url: "https://cmfc.missingkids.org/FAQ" },
      { name: "CyberTipline: Frequently asked questions", url: "https://report.cybertip.org/faqs" },
    ],
  },
  source: { name: "NCMEC: Frequently asked questions", url: "https://cmfc.missingkids.org/FAQ" },
  checked: "2026-11-29",
  es: {
    summary: {
      text: "Llame a cualquier hora por un niño desaparecido. También puede llamar si están explotando sexualmente a un niño.",
      from: "56b3d593",
    },
    notFor: [
      { text: "Si un niño está desaparecido o en peligro ahora mismo, llame primero al 911.", from: "444b11e6" },
    ],
    channels: [{}],
    serves: {
      text: "Familias de niños desaparecidos y personas que saben dónde puede estar un niño desaparecido. También sobrevivientes de explotación.",
      from: "1555fcdb",
    },
    area: { text: "Estados Unidos", from: "49dca65f" },
    whatHappens: {
      whoAnswers: {
        text: "La línea la atiende el propio NCMEC. El NCMEC ayuda a las familias y a la policía a encontrar a niños desaparecidos.",
        from: "61341cd1",
      },
      name: {
        text: "No tiene que dar su nombre para reportar que están explotando sexualmente a un niño.",
        from: "42822c0f",
      },
      whenTheyTellOthers: {
        text: "El NCMEC pasa los reportes de explotación sexual infantil a la policía que puede actuar. Si un niño está en peligro ahora, avisa a la policía de inmediato.",
        from: "18999d35",
      },
    },
  },
});

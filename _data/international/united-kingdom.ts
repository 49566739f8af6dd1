import { defineCountry } from "../../src/define.ts";

export default defineCountry({
  id: "united-kingdom",
  name: "United Kingdom",
  code: "GB",
  emergency: {
    numbers: ["999"],
    source: {
      name: "Rape Crisis England & Wales: 24/7 Support Line questions",
      url: "https://247sexualabusesupport.org.uk/faqs/",
    },
    checked: "2026-11-29",
  },
  lines: [
    {
      name: "Samaritans",
      summary: "Volunteers listen to anyone who is upset or struggling to cope, day or night. The call is free.",
      serves: "Anyone who is struggling, about anything.",
      channels: [{ type: "call", shortCode: "116123", vanity: "116 123" }],
      website: "https://www.samaritans.org/",
      hours: { kind: "always" },
      source: {
        name: "Samaritans: open as usual over Christmas",
        url: "https://samaritans.org/branches/coventry/coventry-branch-news/coventry-samaritans-will-be-open-usual-over-christmas",
      },
      checked: "2026-11-29",
    },
    {
      name: "Shout",
      summary: "A free text service: a trained volunteer texts with you, at any time of the day or night.",
      serves: "Children and adults anywhere in the UK.",
      channels: [{ type: "text", shortCode: "85258", keyword: "SHOUT" }],
      website: "https://giveusashout.org/",
      hours: { kind: "always" },
      source: {
        name: "Shout: safeguarding children and young people",
        url: "https://giveusashout.org/about-us/safeguarding-children-and-young-people/",
      },
      checked: "2026-11-29",
    },
    {
      name: "Rape and Sexual Abuse Support Line",
      summary:
        "Run by Rape Crisis England & Wales: trained specialists listen and give emotional support, in confidence, by online chat or phone. It is not an emergency service.",
      serves:
        "Anyone aged 16 or over in England and Wales affected by sexual violence, abuse or harassment, however long ago, and the people supporting them.",
      channels: [{ type: "chat", url: "https://247sexualabusesupport.org.uk/" }],
      website: "https://247sexualabusesupport.org.uk/",
      hours: { kind: "always" },
      source: {
        name: "Rape Crisis England & Wales: 24/7 Support Line questions",
        url: "https://247sexualabusesupport.org.uk/faqs/",
      },
      checked: "2026-11-29",
    },
  ],
  es: {
    name: { text: "Reino Unido", from: "8d23a6e3" },
    lines: [
      {
        summary: {
          text: "Sus voluntarios escuchan a cualquier persona que se sienta mal o a quien le cueste salir adelante, de día o de noche. La llamada es gratis.",
          from: "4d121eaf",
        },
        serves: {
          text: "Cualquier persona que esté pasando por un momento difícil, por el motivo que sea.",
          from: "601538a1",
        },
        channels: [{}],
      },
      {
        summary: {
          text: "Un servicio gratuito de mensajes de texto: un voluntario capacitado conversa con usted por mensaje de texto, a cualquier hora del día o de la noche.",
          from: "ce4160b7",
        },
        serves: { text: "Niños y adultos en cualquier parte del Reino Unido.", from: "58f53f03" },
        channels: [{}],
      },
      {
        summary: {
          text: "A cargo de Rape Crisis England & Wales: especialistas capacitados escuchan y dan apoyo emocional, de forma confidencial, por chat en internet o por teléfono. No es un servicio de emergencia.",
          from: "ee19c45f",
        },
        serves: {
          text: "Cualquier persona de 16 años o más en Inglaterra y Gales afectada por violencia, abuso o acoso sexual, sin importar cuánto tiempo haya pasado, y las personas que la apoyan.",
          from: "db9f967e",
        },
        channels: [{}],
      },
    ],
  },
});

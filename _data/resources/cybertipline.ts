import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "cybertipline",
  name: "CyberTipline",
  organization: "National Center for Missing & Exploited Children (NCMEC)",
  crisisLine: false,
  summary:
    "Report the sexual abuse of a child online. This includes nude images of a child, or an adult who talks with a child about sex.",
  notFor: ["If a child is in danger right now, call 911 first."],
  website: "https://report.cybertip.org/",
  languages: ["en"],
  serves: "Anyone who knows a child is being sexually abused online. This includes young people it happened to.",
  area: "United States",
  causes: ["child-safety", "sexual-assault", "child-abuse"],
  whatHappens: {
    whoAnswers: "NCMEC staff read each report and work out where it happened.",
    name: "You do not have to give your name or contact details to make a report.",
    whenTheyTellOthers:
      "They pass each report to the police who can best act on it. If a child is in danger now, they tell the police right away.",
    sources: [{ name: "CyberTipline: Frequently asked questions", url: "https://report.cybertip.org/faqs" }],
  },
  source: { name: "CyberTipline: Frequently asked questions", url: "https://report.cybertip.org/faqs" },
  checked: "2026-11-29",
  es: {
    summary: {
      text: "Reporte el abuso sexual de un niño en internet. Esto incluye imágenes de un niño desnudo, o que un adulto hable de sexo con un niño.",
      from: "d87b15c8",
    },
    notFor: [{ text: "Si un niño está en peligro ahora mismo, llame primero al 911.", from: "bb6ff3ff" }],
    serves: {
      text: "Cualquier persona que sepa que un niño sufre abuso sexual en internet. Esto incluye a los jóvenes a quienes les pasó.",
      from: "d4991719",
    },
    area: { text: "Estados Unidos", from: "49dca65f" },
    whatHappens: {
      whoAnswers: { text: "El personal del NCMEC lee cada reporte y averigua dónde ocurrió.", from: "e960a997" },
      name: {
        text: "No tiene que dar su nombre ni sus datos de contacto para hacer un reporte.",
        from: "a926c5cf",
      },
      whenTheyTellOthers: {
        text: "Pasan cada reporte a la policía que mejor puede actuar. Si un niño está en peligro ahora, avisan a la policía de inmediato.",
        from: "a9562958",
      },
    },
  },
});

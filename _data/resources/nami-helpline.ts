import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "nami-helpline",
  name: "NAMI HelpLine",
  organization: "National Alliance on Mental Illness (NAMI)",
  crisisLine: false,
  summary:
    "A free support line run by people who know mental illness firsthand. They share facts about conditions, care and support groups, and help you find help near you.",
  notFor: ["It is not a crisis line, and it is not open all the time. In a crisis, call or text 988."],
  channels: [
    { type: "call", number: "+18009506264", vanity: "1-800-950-NAMI" },
    { type: "text", shortCode: "62640", keyword: "helpline" },
  ],
  website: "https://www.nami.org/",
  hours: {
    kind: "weekly",
    timeZone: "America/New_York",
    periods: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "10:00", closes: "22:00" }],
  },
  languages: ["en"],
  serves: "People with a mental health problem, and their families and the people who care for them.",
  area: "United States",
  causes: ["mental-health"],
  whatHappens: {
    whoAnswers: "Staff and volunteers whose lives have been touched by mental illness. They are not doctors or nurses.",
    sources: [
      {
        name: "NAMI Blog: Life on the Line",
        url: "https://www.nami.org/Blogs/NAMI-Blog/December-2017/Life-on-the-Line",
      },
    ],
  },
  source: { name: "NAMI: HelpLine hours, phone and text", url: "https://www.nami.org/?p=4491" },
  checked: "2026-11-29",
  es: {
    summary: {
      text: "Una línea de apoyo gratuita. La atienden personas que conocen las enfermedades mentales por experiencia propia. Le dan información sobre estas enfermedades, su tratamiento y los grupos de apoyo. También le dicen dónde encontrar ayuda cerca de usted.",
      from: "3225443a",
    },
    notFor: [
      {
        text: "No es una línea de crisis y no atiende todo el tiempo. En una crisis, llame o envíe un mensaje de texto al 988.",
        from: "cedea260",
      },
    ],
    channels: [{}, {}],
    serves: {
      text: "Personas con un problema de salud mental, sus familias y las personas que las cuidan.",
      from: "ca5abc3c",
    },
    area: { text: "Estados Unidos", from: "49dca65f" },
    whatHappens: {
      whoAnswers: {
        text: "Empleados y voluntarios a quienes las enfermedades mentales les han tocado de cerca. No son médicos ni enfermeros.",
        from: "8fa9be0c",
      },
    },
  },
});

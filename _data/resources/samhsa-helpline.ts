import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "samhsa-helpline",
  name: "SAMHSA National Helpline",
  organization: "Substance Abuse and Mental Health Services Administration (SAMHSA)",
  crisisLine: false,
  summary:
    "A free, private line to help you find treatment and support groups. It is for mental health and for drug and alcohol use.",
  notFor: ["It gives information and referrals, not counseling. In a crisis, call or text 988."],
  channels: [
    { type: "call", number: "+18006624357", vanity: "1-800-662-HELP" },
    { type: "tty", number: "+18004874889" },
    {
      type: "text",
      shortCode: "435748",
      vanity: "HELP4U",
      languages: ["en"],
      note: "Send your ZIP code to find help near you.",
    },
  ],
  website: "https://www.samhsa.gov/",
  hours: { kind: "always" },
  languages: ["en", "es"],
  serves: "People and families who need help with mental health, drugs or alcohol.",
  area: "United States",
  causes: ["mental-health", "reentry"],
  whatHappens: {
    whoAnswers:
      "Trained information specialists. They do not give counseling. They can connect you to services in your state.",
    name: "They will not ask for personal details. They may ask for your ZIP code to find help near you.",
    sources: [{ name: "SAMHSA's National Helpline", url: "https://www.samhsa.gov/find-help/national-helpline" }],
  },
  source: { name: "SAMHSA's National Helpline", url: "https://www.samhsa.gov/find-help/national-helpline" },
  checked: "2026-11-29",
  es: {
    summary: {
      text: "Una línea gratuita y privada para ayudarle a encontrar tratamiento y grupos de apoyo. Es para la salud mental y para el consumo de drogas y alcohol.",
      from: "1e475630",
    },
    notFor: [
      {
        text: "Da información y le dice a dónde acudir, pero no da consejería. En una crisis, llame o envíe un mensaje de texto al 988.",
        from: "2f150683",
      },
    ],
    channels: [
      {},
      {},
      { note: { text: "Envíe su código postal (ZIP) para encontrar ayuda cerca de usted.", from: "8c960870" } },
    ],
    serves: {
      text: "Personas y familias que necesitan ayuda con la salud mental, las drogas o el alcohol.",
      from: "7e71e0c6",
    },
    area: { text: "Estados Unidos", from: "49dca65f" },
    whatHappens: {
      whoAnswers: {
        text: "Especialistas en información capacitados. No dan consejería. Le pueden conectar con servicios en su estado.",
        from: "e080209f",
      },
      name: {
        text: "No le pedirán datos personales. Es posible que le pidan su código postal para encontrar ayuda cerca de usted.",
        from: "19e3166e",
      },
    },
  },
});

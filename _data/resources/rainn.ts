import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "rainn",
  name: "National Sexual Assault Hotline",
  organization: "RAINN",
  crisisLine: true,
  summary:
    "Talk with trained staff about sexual assault or abuse, for yourself or someone close to you. Your call goes to a sexual assault service near you.",
  notFor: ["It is not an emergency service. If you are in danger now, call 911."],
  channels: [
    {
      type: "call",
      number: "+18006564673",
      vanity: "800-656-HOPE",
      note: "The hotline does not keep your phone number.",
    },
    { type: "chat", url: "https://www.rainn.org/" },
  ],
  website: "https://www.rainn.org/",
  hours: { kind: "always" },
  languages: ["en", "es"],
  languagesNote: "Help in Spanish at any hour.",
  serves:
    "Survivors of sexual assault or abuse, at any age, and their family and friends. It does not matter how long ago it was.",
  area: "United States",
  causes: ["sexual-assault", "child-abuse"],
  whatHappens: {
    whoAnswers:
      "A trained volunteer at a local sexual assault center. The hotline sends your call to the nearest center by the first digits of your phone number.",
    name: "The hotline does not keep your phone number. The call stays private unless you choose to say who you are.",
    sources: [
      {
        name: "RAINN: National Sexual Assault Hotline",
        url: "https://www.rainn.org/get-help/national-sexual-assault-hotline",
      },
    ],
  },
  source: { name: "RAINN", url: "https://www.rainn.org/" },
  checked: "2024-01-09",
  es: {
    summary: {
      text: "Hable con personal capacitado sobre una agresión o un abuso sexual, por usted o por alguien cercano. Su llamada va a un servicio de apoyo contra la agresión sexual cerca de usted.",
      from: "c8a2ba05",
    },
    notFor: [{ text: "No es un servicio de emergencia. Si está en peligro ahora, llame al 911.", from: "b417fb38" }],
    channels: [{ note: { text: "La línea no guarda su número de teléfono.", from: "f2630d23" } }, {}],
    languagesNote: { text: "Ayuda en español a cualquier hora.", from: "3766dd69" },
    serves: {
      text: "Sobrevivientes de agresión o abuso sexual, de cualquier edad, y sus familiares y amigos. No importa cuánto tiempo haya pasado.",
      from: "03506b5a",
    },
    area: { text: "Estados Unidos", from: "49dca65f" },
    whatHappens: {
      whoAnswers: {
        text: "Un voluntario capacitado de un centro local de apoyo contra la agresión sexual. La línea envía su llamada al centro más cercano según los primeros dígitos de su número de teléfono.",
        from: "34e9a631",
      },
      name: {
        text: "La línea no guarda su número de teléfono. La llamada es privada, a menos que usted decida decir quién es.",
        from: "4a3844f6",
      },
    },
  },
});

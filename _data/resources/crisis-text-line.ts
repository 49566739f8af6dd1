import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "crisis-text-line",
  name: "Crisis Text Line",
  organization: "Crisis Text Line",
  crisisLine: true,
  summary:
    "Text with a trained volunteer about any crisis, at any time. It is for people who would rather text than talk.",
  notFor: ["It is a text service only. You cannot call 741741."],
  channels: [
    {
      type: "text",
      shortCode: "741741",
      keyword: "HOME",
      languages: ["en"],
      note: "Any first word works. HOME just tells them how you found them.",
    },
    { type: "text", shortCode: "741741", keyword: "AYUDA", languages: ["es"] },
    { type: "whatsapp", number: "+14422983263", vanity: "442-AYUDAME", languages: ["es"] },
  ],
  website: "https://www.crisistextline.org/",
  hours: { kind: "always" },
  languages: ["en", "es"],
  serves: "Anyone in crisis, of any age.",
  area: "United States",
  causes: ["mental-health"],
  whatHappens: {
    whoAnswers: "A trained volunteer crisis counselor texts back. They give support, not medical advice.",
    wait: "It usually takes less than five minutes to reach a counselor. It can take longer when many people are texting.",
    name: "You never have to share anything you do not want to.",
    whenTheyTellOthers:
      "They may share who you are if that is needed to stop a death or serious harm. They may also do so if the law says they must.",
    sources: [
      { name: "Crisis Text Line: How it works", url: "https://www.crisistextline.org/text-us/" },
      { name: "Crisis Text Line: Privacy policy", url: "https://www.crisistextline.org/privacy/" },
    ],
  },
  source: {
    name: "Crisis Text Line: Now available in Spanish",
    url: "https://www.crisistextline.org/blog/2021/10/15/hola-crisis-text-line-is-now-available-in-spanish",
  },
  checked: "2026-11-29",
  es: {
    summary: {
      text: "Converse por mensaje de texto con un voluntario capacitado sobre cualquier crisis, a cualquier hora. Es para quienes prefieren escribir en lugar de hablar.",
      from: "0a73a17c",
    },
    notFor: [{ text: "Es solo un servicio de mensajes de texto. No se puede llamar al 741741.", from: "d666f33f" }],
    channels: [
      {
        note: {
          text: "Puede empezar con cualquier palabra. HOME solo les dice cómo los encontró.",
          from: "dd67667c",
        },
      },
      {},
      {},
    ],
    serves: { text: "Cualquier persona en crisis, de cualquier edad.", from: "dd025ba3" },
    area: { text: "Estados Unidos", from: "49dca65f" },
    whatHappens: {
      whoAnswers: {
        text: "Un consejero voluntario, capacitado para atender crisis, le contesta por mensaje de texto. Le da apoyo, no consejos médicos.",
        from: "196b17fb",
      },
      wait: {
        text: "Por lo general, se tarda menos de cinco minutos en comunicarse con un consejero. Puede tardar más cuando muchas personas están escribiendo.",
        from: "cd20573e",
      },
      name: { text: "Nunca tiene que compartir nada que no quiera.", from: "3d26aba5" },
      whenTheyTellOthers: {
        text: "Pueden dar a conocer quién es usted si eso es necesario para evitar una muerte o un daño grave. También pueden hacerlo si la ley los obliga.",
        from: "8c7e091e",
      },
    },
  },
});

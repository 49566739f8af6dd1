import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "childhelp",
  name: "Childhelp National Child Abuse Hotline",
  organization: "Childhelp",
  crisisLine: true,
  summary:
    "Talk with a counselor about child abuse and what to do next. Children, parents and anyone worried about a child can call, text or chat.",
  notFor: [
    "It is not a line for reporting abuse. A counselor can tell you how to report where you live.",
    "It is not connected to emergency services. If a child is in danger now, call 911.",
  ],
  channels: [
    { type: "call", number: "+18004224453", vanity: "1-800-4-A-CHILD" },
    { type: "text", number: "+18004224453" },
    { type: "chat", url: "https://www.childhelphotline.org/" },
  ],
  website: "https://www.childhelp.org/",
  hours: { kind: "always" },
  languages: ["en", "es"],
  languagesNote: "Interpreters can help in more than 170 languages.",
  serves: "Children and teens, parents, and any adult worried about a child.",
  area: "United States, its territories and Canada",
  causes: ["child-abuse", "medical-child-abuse", "sexual-assault"],
  whatHappens: {
    whoAnswers:
      "A trained crisis counselor, a real person, answers calls, texts and chats. Counselors have a college education and know about child abuse.",
    name: "You will not be asked for your name or exact address, or for the name of anyone else.",
    whenTheyTellOthers:
      "If you say who and where a child is who is being harmed, they may have to tell the authorities. They may also have to if you say you will act on thoughts of suicide.",
    sources: [{ name: "Childhelp: How the hotline works", url: "https://www.childhelphotline.org/how-it-works" }],
  },
  source: { name: "Childhelp National Child Abuse Hotline", url: "https://www.childhelphotline.org/" },
  checked: "2024-01-09",
  es: {
    summary: {
      text: "Hable con un consejero sobre el maltrato infantil y sobre qué hacer ahora. Los niños, los padres y cualquier persona preocupada por un niño pueden llamar, enviar un mensaje de texto o chatear.",
      from: "fc2e90b9",
    },
    notFor: [
      {
        text: "No es una línea para reportar el maltrato. Un consejero le puede decir cómo reportarlo donde usted vive.",
        from: "bd5e8c8a",
      },
      {
        text: "No está conectada con los servicios de emergencia. Si un niño está en peligro ahora, llame al 911.",
        from: "7abe9a23",
      },
    ],
    channels: [{}, {}, {}],
    languagesNote: { text: "Hay intérpretes que pueden ayudar en más de 170 idiomas.", from: "d2c14653" },
    serves: {
      text: "Niños y adolescentes, padres, y cualquier adulto preocupado por un niño.",
      from: "dbc1c9fb",
    },
    area: { text: "Estados Unidos, sus territorios y Canadá", from: "b1c67b6e" },
    whatHappens: {
      whoAnswers: {
        text: "Una persona real le contesta: un consejero de crisis capacitado. Atiende llamadas, mensajes de texto y chats. Los consejeros fueron a la universidad y saben sobre el maltrato infantil.",
        from: "300531a0",
      },
      name: {
        text: "No le van a pedir su nombre ni su dirección exacta, ni el nombre de ninguna otra persona.",
        from: "b5878791",
      },
      whenTheyTellOthers: {
        text: "Si usted dice quién es y dónde está un niño al que le están haciendo daño, es posible que tengan que avisar a las autoridades. También es posible que tengan que hacerlo si usted dice que va a hacer algo para quitarse la vida.",
        from: "e94d33ea",
      },
    },
  },
});

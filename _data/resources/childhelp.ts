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
});

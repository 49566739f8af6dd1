import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "childhelp",
  name: "Childhelp National Child Abuse Hotline",
  organisation: "Childhelp",
  crisisLine: true,
  summary:
    "Counselors talk with children, parents and anyone worried about a child, about abuse and what to do next, and can point to local help.",
  notFor: [
    "It is not a line for reporting abuse; a counselor can tell you how to report where you live.",
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
  languagesNote: "More than 170 languages through interpreters.",
  serves: "Children and teens, parents, and any adult worried about a child.",
  area: "United States, its territories and Canada",
  causes: ["child-abuse", "medical-child-abuse", "sexual-assault"],
  source: { name: "Childhelp National Child Abuse Hotline", url: "https://www.childhelphotline.org/" },
  checked: "2024-01-09",
});

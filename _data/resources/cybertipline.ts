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
});

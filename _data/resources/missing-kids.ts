import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "missing-kids",
  name: "National Center for Missing & Exploited Children",
  organization: "National Center for Missing & Exploited Children (NCMEC)",
  crisisLine: true,
  summary: "Call at any hour about a missing child. You can also call about a child who is being sexually exploited.",
  notFor: ["If a child is missing or in danger right now, call 911 first."],
  channels: [{ type: "call", number: "+18008435678", vanity: "1-800-THE-LOST" }],
  website: "https://www.missingkids.org/",
  hours: { kind: "always" },
  languages: ["en"],
  serves:
    "Families of missing children and people who know where a missing child may be. Also survivors of exploitation.",
  area: "United States",
  causes: ["child-safety"],
  whatHappens: {
    whoAnswers: "The hotline is run by NCMEC itself. NCMEC helps families and police find missing children.",
    name: "You do not have to give your name to report a child being sexually exploited.",
    whenTheyTellOthers:
      "NCMEC passes reports of child sexual exploitation to the police who can act on them. If a child is in danger now, it tells the police right away.",
    sources: [
      { name: "NCMEC: Frequently asked questions", url: "https://cmfc.missingkids.org/FAQ" },
      { name: "CyberTipline: Frequently asked questions", url: "https://report.cybertip.org/faqs" },
    ],
  },
  source: { name: "NCMEC: Frequently asked questions", url: "https://cmfc.missingkids.org/FAQ" },
  checked: "2026-11-29",
});

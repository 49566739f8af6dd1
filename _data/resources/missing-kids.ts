import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "missing-kids",
  name: "National Center for Missing & Exploited Children",
  organisation: "National Center for Missing & Exploited Children (NCMEC)",
  crisisLine: true,
  summary:
    "Takes reports of missing children and of child sexual exploitation, and supports families of missing children and survivors.",
  notFor: ["If a child is missing or in danger right now, call 911 first."],
  channels: [{ type: "call", number: "+18008435678", vanity: "1-800-THE-LOST" }],
  website: "https://www.missingkids.org/",
  hours: { kind: "always" },
  languages: ["en"],
  serves: "Families of missing children, survivors, and anyone with information about a missing or exploited child.",
  area: "United States",
  causes: ["child-safety"],
  source: { name: "National Center for Missing & Exploited Children", url: "https://www.missingkids.org/" },
  checked: "2025-07-17",
});

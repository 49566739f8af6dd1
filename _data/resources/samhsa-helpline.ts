import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "samhsa-helpline",
  name: "SAMHSA National Helpline",
  organisation: "Substance Abuse and Mental Health Services Administration (SAMHSA)",
  crisisLine: false,
  summary:
    "Free, confidential information and referrals to treatment, support groups and community organisations for mental health and substance use.",
  notFor: ["It gives information and referrals, not counseling. In a crisis, call or text 988."],
  channels: [
    { type: "call", number: "+18006624357", vanity: "1-800-662-HELP" },
    { type: "tty", number: "+18004874889" },
  ],
  website: "https://www.samhsa.gov/",
  hours: { kind: "always" },
  languages: ["en", "es"],
  serves: "People and families facing mental health or substance use problems.",
  area: "United States",
  causes: ["mental-health", "reentry"],
  source: { name: "SAMHSA National Helpline", url: "https://www.samhsa.gov/" },
  checked: "2025-07-17",
});

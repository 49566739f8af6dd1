import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "nami-helpline",
  name: "NAMI HelpLine",
  organisation: "National Alliance on Mental Illness (NAMI)",
  crisisLine: false,
  summary:
    "A peer-support service giving information about mental health conditions, treatment and support groups, and pointing people to local help.",
  notFor: ["It is not a crisis line and it is not open around the clock. In a crisis, call or text 988."],
  channels: [
    { type: "call", number: "+18009506264" },
    { type: "text", shortCode: "62640", keyword: "helpline" },
  ],
  website: "https://www.nami.org/",
  hours: {
    kind: "weekly",
    timeZone: "America/New_York",
    periods: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "10:00", closes: "22:00" }],
  },
  languages: ["en"],
  serves: "People living with a mental health condition, their families and caregivers.",
  area: "United States",
  causes: ["mental-health"],
  source: { name: "NAMI HelpLine", url: "https://www.nami.org/" },
  checked: "2025-07-17",
});

import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "988-lifeline",
  name: "988 Suicide & Crisis Lifeline",
  organization: "988 Suicide & Crisis Lifeline",
  crisisLine: true,
  summary:
    "Call, text or chat with a trained counselor if you are thinking about suicide or are very upset. You can also reach out if you are worried about someone.",
  channels: [
    {
      type: "call",
      shortCode: "988",
      note: "Press 1 for the Veterans Crisis Line. Press 2 for help in Spanish.",
    },
    { type: "text", shortCode: "988" },
    { type: "text", shortCode: "988", keyword: "AYUDA", languages: ["es"] },
    { type: "chat", url: "https://988lifeline.org/" },
  ],
  website: "https://988lifeline.org/",
  hours: { kind: "always" },
  languages: ["en", "es"],
  serves: "Anyone who is very upset or has thoughts of suicide. Also anyone who is worried about someone.",
  area: "United States",
  causes: ["mental-health", "reentry"],
  whatHappens: {
    whoAnswers:
      "A trained counselor at a crisis center in the 988 network. First they ask if you are safe. Then they listen, support you and share help if you want it.",
    whenTheyTellOthers:
      "You choose whether to take the help they suggest. The Lifeline says there are some exceptions when a person's safety is at risk.",
    sources: [
      { name: "988 Lifeline: What to expect", url: "https://988lifeline.org/get-help/what-to-expect" },
      { name: "988 Lifeline: Terms of service", url: "https://988lifeline.org/terms-of-service" },
    ],
  },
  source: { name: "988 Suicide & Crisis Lifeline", url: "https://988lifeline.org/" },
  checked: "2025-07-17",
});

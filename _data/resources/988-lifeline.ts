import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "988-lifeline",
  name: "988 Suicide & Crisis Lifeline",
  organisation: "988 Suicide & Crisis Lifeline",
  crisisLine: true,
  summary:
    "Trained counselors answer calls, texts and chats from anyone in emotional distress or thinking about suicide, and from people worried about someone.",
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
  serves: "Anyone in emotional distress or suicidal crisis, and anyone worried about someone else.",
  area: "United States",
  causes: ["mental-health", "reentry"],
  source: { name: "988 Suicide & Crisis Lifeline", url: "https://988lifeline.org/" },
  checked: "2025-07-17",
});

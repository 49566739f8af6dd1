import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "crisis-text-line",
  name: "Crisis Text Line",
  organisation: "Crisis Text Line",
  crisisLine: true,
  summary:
    "A trained volunteer texts with you about whatever crisis you are in, for people who would rather text than talk.",
  notFor: ["It is a text service only; 741741 cannot be called."],
  channels: [{ type: "text", shortCode: "741741", keyword: "HOME" }],
  website: "https://www.crisistextline.org/",
  hours: { kind: "always" },
  languages: ["en"],
  serves: "Anyone in crisis, of any age.",
  area: "United States",
  causes: ["mental-health"],
  source: { name: "Crisis Text Line", url: "https://www.crisistextline.org/" },
  checked: "2025-07-17",
});

import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "domestic-violence-hotline",
  name: "National Domestic Violence Hotline",
  organization: "The Hotline",
  crisisLine: true,
  summary: "Advocates help you think through abuse from a partner, make a safety plan and find help near you.",
  notFor: ["It is not an emergency service. If you are in danger now, call 911."],
  channels: [
    { type: "call", number: "+18007997233", vanity: "1-800-799-SAFE" },
    { type: "tty", number: "+18007873224" },
    { type: "text", shortCode: "88788", keyword: "START" },
    { type: "chat", url: "https://www.thehotline.org/" },
  ],
  website: "https://www.thehotline.org/",
  hours: { kind: "always" },
  languages: ["en", "es"],
  serves: "Anyone who is hurt or controlled by a partner. Also people worried about someone.",
  area: "United States",
  causes: ["domestic-violence"],
  whatHappens: {
    whoAnswers:
      "Trained advocates answer calls, chats and texts at any hour. They listen without judging you. You may be in an abusive relationship, have left one, or be worried about someone.",
    sources: [{ name: "The Hotline: About our advocates", url: "https://www.thehotline.org/tag/about-the-hotline/" }],
  },
  source: { name: "National Domestic Violence Hotline", url: "https://www.thehotline.org/" },
  checked: "2025-07-17",
});

import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "domestic-violence-hotline",
  name: "National Domestic Violence Hotline",
  organisation: "The Hotline",
  crisisLine: true,
  summary:
    "Advocates help people experiencing abuse from a partner to think through what is happening, make a safety plan and find local services.",
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
  serves: "Anyone experiencing domestic violence, and people worried about someone.",
  area: "United States",
  causes: ["domestic-violence"],
  source: { name: "National Domestic Violence Hotline", url: "https://www.thehotline.org/" },
  checked: "2025-07-17",
});

import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "crisis-text-line",
  name: "Crisis Text Line",
  organization: "Crisis Text Line",
  crisisLine: true,
  summary:
    "Text with a trained volunteer about any crisis, at any time. It is for people who would rather text than talk.",
  notFor: ["It is a text service only. You cannot call 741741."],
  channels: [
    {
      type: "text",
      shortCode: "741741",
      keyword: "HOME",
      note: "Any first word works. HOME just tells them how you found them.",
    },
    { type: "text", shortCode: "741741", keyword: "AYUDA", languages: ["es"] },
    { type: "whatsapp", number: "+14422983263", vanity: "442-AYUDAME", languages: ["es"] },
  ],
  website: "https://www.crisistextline.org/",
  hours: { kind: "always" },
  languages: ["en", "es"],
  serves: "Anyone in crisis, of any age.",
  area: "United States",
  causes: ["mental-health"],
  whatHappens: {
    whoAnswers: "A trained volunteer crisis counselor texts back. They give support, not medical advice.",
    wait: "It usually takes less than five minutes to reach a counselor. It can take longer when many people are texting.",
    name: "You never have to share anything you do not want to.",
    whenTheyTellOthers:
      "They may share who you are if that is needed to stop a death or serious harm. They may also do so if the law says they must.",
    sources: [
      { name: "Crisis Text Line: How it works", url: "https://www.crisistextline.org/text-us/" },
      { name: "Crisis Text Line: Privacy policy", url: "https://www.crisistextline.org/privacy/" },
    ],
  },
  source: {
    name: "Crisis Text Line: Now available in Spanish",
    url: "https://www.crisistextline.org/blog/2021/10/15/hola-crisis-text-line-is-now-available-in-spanish",
  },
  checked: "2026-11-29",
});

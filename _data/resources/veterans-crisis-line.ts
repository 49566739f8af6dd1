import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "veterans-crisis-line",
  name: "Veterans Crisis Line",
  organization: "U.S. Department of Veterans Affairs",
  crisisLine: true,
  summary:
    "Free, private support for veterans and service members in crisis, and for the people who care about them. You do not have to be signed up for VA care.",
  channels: [
    { type: "call", shortCode: "988", note: "Then press 1." },
    { type: "text", shortCode: "838255" },
    { type: "chat", url: "https://veteranscrisisline.net/Chat" },
  ],
  website: "https://www.veteranscrisisline.net/",
  hours: { kind: "always" },
  languages: ["en"],
  serves: "Veterans and people in the military, and their families and friends. This includes the Guard and Reserve.",
  area: "United States",
  causes: ["mental-health"],
  whatHappens: {
    whoAnswers:
      "A trained responder. They ask a few questions first, such as whether you or someone you know is in danger right now.",
    name: "You decide what to share about yourself.",
    whenTheyTellOthers:
      "If you are in danger, the responder works with you to keep you safe. If you give your contact details, a VA suicide prevention worker near you will contact you by the next business day.",
    sources: [
      {
        name: "Veterans Crisis Line: What to expect",
        url: "https://www.veteranscrisisline.net/mobile/GetHelp/WhatToExpect.aspx",
      },
    ],
  },
  source: {
    name: "Veterans Crisis Line: About",
    url: "https://www.veteranscrisisline.net/About/VeteranSuicide.aspx",
  },
  checked: "2026-11-29",
});

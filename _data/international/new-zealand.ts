import { defineCountry } from "../../src/define.ts";

export default defineCountry({
  id: "new-zealand",
  name: "New Zealand",
  code: "NZ",
  emergency: {
    numbers: ["111"],
    source: {
      name: "New Zealand Police: calling emergency 111",
      url: "https://www.police.govt.nz/contact-us/calling-emergency-111",
    },
    checked: "2026-11-29",
  },
  lines: [
    {
      name: "1737, Need to talk?",
      summary: "Call or text to talk with a trained counselor, free, at any time of the day or night.",
      serves: "Anyone in New Zealand who needs support with their mental wellbeing.",
      channels: [
        { type: "call", shortCode: "1737" },
        { type: "text", shortCode: "1737" },
      ],
      hours: { kind: "always" },
      source: {
        name: "New Zealand Ministry of Health: news about the 1737 line",
        url: "https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy",
      },
      checked: "2026-11-29",
    },
  ],
});

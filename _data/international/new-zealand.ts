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
  es: {
    name: { text: "Nueva Zelanda", from: "2898e16d" },
    lines: [
      {
        summary: {
          text: "Llame o envíe un mensaje de texto para hablar gratis con un consejero capacitado, a cualquier hora del día o de la noche.",
          from: "36f274e9",
        },
        serves: {
          text: "Cualquier persona en Nueva Zelanda que necesite apoyo para su bienestar mental.",
          from: "57e6d9fa",
        },
        channels: [{}, {}],
      },
    ],
  },
});

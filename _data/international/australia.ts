import { defineCountry } from "../../src/define.ts";

export default defineCountry({
  id: "australia",
  name: "Australia",
  code: "AU",
  emergency: {
    numbers: ["000"],
    source: {
      name: "Kids Helpline (yourtown): web chat",
      url: "https://yourtown.com.au/apps/webcounselling/live/chat",
    },
    checked: "2026-11-29",
  },
  lines: [
    {
      name: "Lifeline",
      summary:
        "A trained crisis supporter gives short-term, non-judgmental support and helps you cope with what is happening now.",
      serves: "Anyone in Australia who is in crisis.",
      channels: [
        {
          type: "call",
          number: "+61131114",
          vanity: "13 11 14",
          note: "Free from mobiles; a local call charge from landlines.",
        },
      ],
      hours: { kind: "always" },
      source: {
        name: "Lifeline Harbour to Hawkesbury: telephone crisis support questions",
        url: "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/",
      },
      checked: "2026-11-29",
    },
    {
      name: "Kids Helpline",
      summary: "Free counseling for children and young people, by phone at any hour, run by yourtown.",
      serves: "Children and young people in Australia.",
      channels: [{ type: "call", number: "+611800551800", vanity: "1800 55 1800" }],
      website: "https://kidshelpline.com.au/",
      hours: { kind: "always" },
      source: {
        name: "Kids Helpline (yourtown): web chat",
        url: "https://yourtown.com.au/apps/webcounselling/live/chat",
      },
      checked: "2026-11-29",
    },
  ],
  es: {
    name: { text: "Australia", from: "c1ef40ce" },
    lines: [
      {
        summary: {
          text: "Una persona capacitada para atender crisis le da apoyo a corto plazo, sin juzgarle, y le ayuda a enfrentar lo que está pasando ahora.",
          from: "a2642173",
        },
        serves: { text: "Cualquier persona en Australia que esté en crisis.", from: "daeecdd7" },
        channels: [
          {
            note: {
              text: "Gratis desde celulares; desde teléfonos fijos se cobra una llamada local.",
              from: "fc121c24",
            },
          },
        ],
      },
      {
        summary: {
          text: "Consejería gratuita para niños y jóvenes, por teléfono y a cualquier hora. La ofrece yourtown.",
          from: "b3920a2e",
        },
        serves: { text: "Niños y jóvenes en Australia.", from: "29e44e05" },
        channels: [{}],
      },
    ],
  },
});

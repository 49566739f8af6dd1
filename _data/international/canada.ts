import { defineCountry } from "../../src/define.ts";

export default defineCountry({
  id: "canada",
  name: "Canada",
  code: "CA",
  emergency: {
    numbers: ["911"],
    source: {
      name: "Mental Health Commission of Canada: 988 launches in Canada",
      url: "https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/",
    },
    checked: "2026-11-29",
  },
  lines: [
    {
      name: "Kids Help Phone",
      summary:
        "A trained volunteer crisis responder texts with you about anything on your mind. No data plan or app is needed.",
      serves: "Young people anywhere in Canada.",
      channels: [{ type: "text", shortCode: "686868", keyword: "CONNECT" }],
      website: "https://kidshelpphone.ca/",
      hours: { kind: "always" },
      source: { name: "Kids Help Phone: Text about it", url: "https://kidshelpphone.ca/text-about-it/" },
      checked: "2026-11-29",
    },
  ],
  es: {
    name: { text: "Canadá", from: "be55ef3f" },
    lines: [
      {
        summary: {
          text: "Un voluntario capacitado para atender crisis conversa con usted por mensaje de texto sobre cualquier cosa que le preocupe. No hace falta un plan de datos ni una aplicación.",
          from: "239eb8a0",
        },
        serves: { text: "Jóvenes en cualquier parte de Canadá.", from: "247b96d5" },
        channels: [{}],
      },
    ],
  },
});

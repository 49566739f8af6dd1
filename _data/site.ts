import { defineSite } from "../src/define.ts";

export default defineSite({
  name: "Advocacy Resource Hub",
  description:
    "When a news story about abuse, assault or prison touches your life, find free, confidential help that fits it.",
  url: "https://hub.example.org",
  language: "en",
  emergencyNumber: "911",
  exitUrl: "https://www.weather.gov/",
  helpNow: ["988-lifeline", "crisis-text-line", "childhelp", "rainn", "domestic-violence-hotline"],
  fallbackLine: "988-lifeline",
  linesFor: "the United States",
  worldwideDirectory: { name: "Find A Helpline", url: "https://findahelpline.com/" },
  reportUrl: "mailto:corrections@hub.example.org",
  staleAfterDays: 180,
  es: {
    name: { text: "Guía de Ayuda", from: "8bc0e166" },
    description: {
      text: "Cuando una noticia sobre abuso, agresión o prisión le toca de cerca, aquí encuentra ayuda gratuita y confidencial para su situación.",
      from: "09a7835a",
    },
    linesFor: { text: "Estados Unidos", from: "328d162c" },
  },
});

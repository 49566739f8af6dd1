import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "prison-policy-initiative",
  name: "Prison Policy Initiative",
  organization: "Prison Policy Initiative",
  crisisLine: false,
  summary:
    "Facts and research about why so many people in the United States are in prison. It is written for everyone.",
  notFor: ["It does not give legal advice or help with individual cases."],
  website: "https://www.prisonpolicy.org/",
  languages: ["en"],
  serves: "Anyone who wants to learn about prisons. Also people who work for change.",
  area: "United States",
  causes: ["prison-reform"],
  source: { name: "Prison Policy Initiative", url: "https://www.prisonpolicy.org/" },
  checked: "2025-07-17",
  es: {
    summary: {
      text: "Datos e investigaciones sobre por qué hay tantas personas presas en Estados Unidos. Está escrito para todos.",
      from: "16d136c8",
    },
    notFor: [{ text: "No da asesoría legal ni ayuda con casos individuales.", from: "12ae4f92" }],
    serves: {
      text: "Cualquier persona que quiera aprender sobre las prisiones. También personas que trabajan por el cambio.",
      from: "61b052b1",
    },
    area: { text: "Estados Unidos", from: "49dca65f" },
  },
});

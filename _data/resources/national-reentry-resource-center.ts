import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "national-reentry-resource-center",
  name: "National Reentry Resource Center",
  organization: "National Reentry Resource Center",
  crisisLine: false,
  summary:
    "Helps you find programs for people leaving prison or jail, state by state. It is also for the people and groups who help them.",
  website: "https://nationalreentryresourcecenter.org/",
  languages: ["en"],
  serves: "People leaving prison or jail, their families, and the programs that help them.",
  area: "United States",
  causes: ["reentry"],
  source: { name: "National Reentry Resource Center", url: "https://nationalreentryresourcecenter.org/" },
  checked: "2025-07-17",
  es: {
    summary: {
      text: "Le ayuda a encontrar programas para las personas que salen de la prisión o de la cárcel, estado por estado. También es para las personas y los grupos que las ayudan.",
      from: "fc436ca5",
    },
    serves: {
      text: "Personas que salen de la prisión o de la cárcel, sus familias y los programas que las ayudan.",
      from: "99208cc1",
    },
    area: { text: "Estados Unidos", from: "49dca65f" },
  },
});

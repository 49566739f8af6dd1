import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "vera-institute",
  name: "Vera Institute of Justice",
  organization: "Vera Institute of Justice",
  crisisLine: false,
  summary:
    "Works with governments and towns to make sentences fair and prisons better. It also helps people after they get out.",
  notFor: ["It does not give legal advice or help with individual cases."],
  website: "https://www.vera.org/",
  languages: ["en"],
  serves: "People caught up in the justice system, their families, and people working for change.",
  area: "United States",
  causes: ["prison-reform", "reentry"],
  source: { name: "Vera Institute of Justice", url: "https://www.vera.org/" },
  checked: "2025-07-17",
  es: {
    summary: {
      text: "Trabaja con gobiernos y comunidades para que las condenas sean justas y las prisiones sean mejores. También ayuda a las personas después de que salen.",
      from: "27938d4d",
    },
    notFor: [{ text: "No da asesoría legal ni ayuda con casos individuales.", from: "12ae4f92" }],
    serves: {
      text: "Personas involucradas en el sistema de justicia, sus familias y personas que trabajan por el cambio.",
      from: "135778f4",
    },
    area: { text: "Estados Unidos", from: "49dca65f" },
  },
});

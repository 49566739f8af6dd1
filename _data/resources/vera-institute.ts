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
});

import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "vera-institute",
  name: "Vera Institute of Justice",
  organisation: "Vera Institute of Justice",
  crisisLine: false,
  summary:
    "Works with governments and communities on fairer sentencing, better prison conditions and support after release.",
  notFor: ["It does not give legal advice or help with individual cases."],
  website: "https://www.vera.org/",
  languages: ["en"],
  serves: "People affected by the justice system, their families, and people working for reform.",
  area: "United States",
  causes: ["prison-reform", "reentry"],
  source: { name: "Vera Institute of Justice", url: "https://www.vera.org/" },
  checked: "2025-07-17",
});

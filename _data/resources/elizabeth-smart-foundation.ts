import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "elizabeth-smart-foundation",
  name: "Elizabeth Smart Foundation",
  organisation: "Elizabeth Smart Foundation",
  crisisLine: false,
  summary: "Works to prevent child abduction and sexual abuse, and supports survivors through education and advocacy.",
  notFor: ["It is not a crisis line. If you need to talk to someone now, use a helpline on this page."],
  website: "https://www.elizabethsmartfoundation.org/",
  languages: ["en"],
  serves: "Survivors of sexual violence and abduction, families, and communities working on prevention.",
  area: "United States",
  causes: ["child-safety", "sexual-assault"],
  source: { name: "Elizabeth Smart Foundation", url: "https://www.elizabethsmartfoundation.org/" },
  checked: "2025-07-17",
});

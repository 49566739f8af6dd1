import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "elizabeth-smart-foundation",
  name: "Elizabeth Smart Foundation",
  organization: "Elizabeth Smart Foundation",
  crisisLine: false,
  summary: "Works to stop the kidnapping and sexual abuse of children. It also teaches and speaks up for survivors.",
  notFor: ["It is not a crisis line. If you need to talk to someone now, use a helpline on this page."],
  website: "https://www.elizabethsmartfoundation.org/",
  languages: ["en"],
  serves: "Survivors of sexual abuse or kidnapping and their families. Also groups that work to keep children safe.",
  area: "United States",
  causes: ["child-safety", "sexual-assault"],
  source: { name: "Elizabeth Smart Foundation", url: "https://www.elizabethsmartfoundation.org/" },
  checked: "2025-07-17",
});

import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "rainn",
  name: "National Sexual Assault Hotline",
  organisation: "RAINN",
  crisisLine: true,
  summary:
    "Trained staff support survivors of sexual assault and abuse, and the people close to them. Calls are routed to a sexual assault service provider near you.",
  notFor: ["It is not an emergency service. If you are in danger now, call 911."],
  channels: [
    {
      type: "call",
      number: "+18006564673",
      vanity: "800-656-HOPE",
      note: "The hotline does not keep your phone number.",
    },
    { type: "chat", url: "https://www.rainn.org/" },
  ],
  website: "https://www.rainn.org/",
  hours: { kind: "always" },
  languages: ["en", "es"],
  languagesNote: "Help in Spanish around the clock.",
  serves: "Survivors of sexual assault or abuse, at any age and however long ago, and their family and friends.",
  area: "United States",
  causes: ["sexual-assault", "child-abuse"],
  source: { name: "RAINN", url: "https://www.rainn.org/" },
  checked: "2024-01-09",
});

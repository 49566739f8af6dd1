import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "rainn",
  name: "National Sexual Assault Hotline",
  organization: "RAINN",
  crisisLine: true,
  summary:
    "Talk with trained staff about sexual assault or abuse, for yourself or someone close to you. Your call goes to a sexual assault service near you.",
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
  languagesNote: "Help in Spanish at any hour.",
  serves:
    "Survivors of sexual assault or abuse, at any age, and their family and friends. It does not matter how long ago it was.",
  area: "United States",
  causes: ["sexual-assault", "child-abuse"],
  whatHappens: {
    whoAnswers:
      "A trained volunteer at a local sexual assault center. The hotline sends your call to the nearest center by the first digits of your phone number.",
    name: "The hotline does not keep your phone number. The call stays private unless you choose to say who you are.",
    sources: [
      {
        name: "RAINN: National Sexual Assault Hotline",
        url: "https://www.rainn.org/get-help/national-sexual-assault-hotline",
      },
    ],
  },
  source: { name: "RAINN", url: "https://www.rainn.org/" },
  checked: "2024-01-09",
});

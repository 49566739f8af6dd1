import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "prison-policy-initiative",
  name: "Prison Policy Initiative",
  organisation: "Prison Policy Initiative",
  crisisLine: false,
  summary: "Research and data on mass incarceration in the United States, written for the public.",
  notFor: ["It does not give legal advice or help with individual cases."],
  website: "https://www.prisonpolicy.org/",
  languages: ["en"],
  serves: "Anyone who wants to understand prisons and sentencing, and people working for change.",
  area: "United States",
  causes: ["prison-reform"],
  source: { name: "Prison Policy Initiative", url: "https://www.prisonpolicy.org/" },
  checked: "2025-07-17",
});

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
});

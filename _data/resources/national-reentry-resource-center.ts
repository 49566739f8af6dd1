import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "national-reentry-resource-center",
  name: "National Reentry Resource Center",
  organisation: "National Reentry Resource Center",
  crisisLine: false,
  summary:
    "Information on reentry programs and services, including state-by-state directories, for people leaving prison and the people who help them.",
  website: "https://nationalreentryresourcecenter.org/",
  languages: ["en"],
  serves: "People leaving prison or jail, their families, and reentry programs.",
  area: "United States",
  causes: ["reentry"],
  source: { name: "National Reentry Resource Center", url: "https://nationalreentryresourcecenter.org/" },
  checked: "2025-07-17",
});

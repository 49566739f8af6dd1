import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "national-reentry-resource-center",
  name: "National Reentry Resource Center",
  organization: "National Reentry Resource Center",
  crisisLine: false,
  summary:
    "Helps you find programs for people leaving prison or jail, state by state. It is also for the people and groups who help them.",
  website: "https://nationalreentryresourcecenter.org/",
  languages: ["en"],
  serves: "People leaving prison or jail, their families, and the programs that help them.",
  area: "United States",
  causes: ["reentry"],
  source: { name: "National Reentry Resource Center", url: "https://nationalreentryresourcecenter.org/" },
  checked: "2025-07-17",
});

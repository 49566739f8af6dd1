import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "prison-reform",
  name: "Criminal justice and prison reform",
  summary: "Work to make prison sentences, prisons and the courts more fair and more humane.",
  description: `Criminal justice reform means changing how people are charged, sentenced and held in prison or
jail. It covers the rules for sentences, life inside, parole and pardons. It also covers how the
system treats people who were victims of abuse themselves.

The organizations listed here study the system, share facts and work with towns on change. They are
not crisis services.`,
  steps: [
    { text: "Learn the facts about prisons in the United States.", help: ["prison-policy-initiative"] },
    { text: "See how people are working to make the system fairer.", help: ["vera-institute"] },
    {
      text: "If you or someone you love is leaving prison, find programs that can help.",
      help: ["national-reentry-resource-center"],
    },
  ],
  related: ["reentry"],
});

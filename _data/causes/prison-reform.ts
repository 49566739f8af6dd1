import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "prison-reform",
  name: "Criminal justice and prison reform",
  summary: "Work to make sentencing, prisons and the justice system fairer and more humane.",
  description: `Criminal justice reform covers changes to how people are charged, sentenced and held in
prison or jail: sentencing rules, conditions inside, parole and clemency, and how the system treats
people who were themselves victims of abuse.

The organisations listed here research the system, publish data and work with communities on
change. They are not crisis services.`,
  related: ["reentry"],
});

import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "mental-health",
  name: "Mental health",
  summary: "Support for emotional distress, thoughts of suicide, and the long effects of trauma.",
  description: `Reading about abuse or violence can bring up strong feelings, especially for people who
have lived through something similar. Feeling overwhelmed, numb, or unable to stop thinking about it
is a common response.

If you are thinking about suicide, or worried about someone who is, you can call or text 988 at any
time. For information about treatment and support groups, there are helplines that can point you
to services near you.`,
  related: ["child-abuse", "sexual-assault", "reentry"],
});

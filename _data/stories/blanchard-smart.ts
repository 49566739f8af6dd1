import { defineStory } from "../../src/define.ts";

export default defineStory({
  id: "blanchard-smart",
  slug: "blanchard-smart-advocacy",
  title: "Elizabeth Smart reaches out to Gypsy Rose Blanchard after her release",
  date: "2024-01-09",
  source: {
    publication: "Decider",
    title: "Gypsy Rose Blanchard Says Elizabeth Smart Reached Out To Her",
    published: "2024-01-09",
  },
  summary: `Gypsy Rose Blanchard came home from prison at the end of December 2023. She had served a
sentence for her part in her mother's death, which followed years in which her mother made her
appear seriously ill: abuse now recognised as medical child abuse, also called Munchausen syndrome
by proxy.

At an online press event for a TV documentary series about her, Blanchard said Elizabeth Smart had
sent her a message of support, and that she had answered it. She described Smart as a role model.
Smart was kidnapped from her family's Salt Lake City home when she was 14 and held for nine months;
today she campaigns for child safety.

Blanchard said she wants to use her large following on social media for advocacy: to raise
awareness of medical child abuse, mental health, and sexual and physical abuse, and to reach people
who feel there is no way out.`,
  causes: ["child-abuse", "medical-child-abuse", "sexual-assault", "child-safety", "mental-health"],
  contentNote:
    "This story mentions child abuse, including medical child abuse, a killing, and the kidnapping and sexual abuse of a child. It gives no details.",
});

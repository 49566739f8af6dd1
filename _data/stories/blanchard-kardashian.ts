import { defineStory } from "../../src/define.ts";

export default defineStory({
  id: "blanchard-kardashian",
  slug: "blanchard-kardashian-prison-reform",
  title: "Gypsy Rose Blanchard hopes to meet Kim Kardashian about prison reform",
  date: "2024-01-04",
  source: {
    publication: "Pinkvilla",
    url: "https://www.pinkvilla.com/entertainment/hollywood/is-rose-blanchard-planning-to-meet-kim-kardashian-for-prison-reform-talks-deets-inside-1269218",
    published: "2024-01-04",
  },
  summary: `A few days after she left prison, Gypsy Rose Blanchard said she would like to sit down with Kim
Kardashian to talk about prison reform. Kardashian has worked on criminal justice for years and knows the
system well. People close to Blanchard told TMZ that she sees Kardashian as someone who could guide
her as she learns to use her new public voice.

The two had not spoken since the release. In November 2023, while still in prison, Blanchard
thanked Kardashian on X. Kardashian had recommended *Mommy Dead and Dearest*, the 2017 HBO film about
Blanchard's case. Blanchard said the two of them could team up to change the justice system.

The same sources say prison reform will be one of Blanchard's main causes as she builds her life
after prison.`,
  causes: ["prison-reform", "reentry", "medical-child-abuse"],
  contentNote: "This story mentions prison, a killing, and the child abuse that came before it. It gives no details.",
});

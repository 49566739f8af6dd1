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
  es: {
    title: {
      text: "Gypsy Rose Blanchard espera reunirse con Kim Kardashian para hablar de la reforma de las prisiones",
      from: "c689ad50",
    },
    summary: {
      text: `Pocos días después de salir de prisión, Gypsy Rose Blanchard dijo que le gustaría reunirse con Kim
Kardashian para hablar de la reforma de las prisiones. Kardashian lleva años trabajando en temas de
justicia penal y conoce bien el sistema. Personas cercanas a Blanchard le dijeron a TMZ que ella ve a
Kardashian como alguien que podría guiarla mientras aprende a usar su nueva voz pública.

Las dos no habían hablado desde que Blanchard salió. En noviembre de 2023, cuando todavía estaba en
prisión, Blanchard le dio las gracias a Kardashian en X. Kardashian había recomendado *Mommy Dead and
Dearest*, la película de HBO de 2017 sobre el caso de Blanchard. Blanchard dijo que las dos podrían
unir fuerzas para cambiar el sistema de justicia.

Las mismas fuentes dicen que la reforma de las prisiones será una de las causas principales de
Blanchard mientras rehace su vida después de la prisión.`,
      from: "1a0bb9a0",
    },
    contentNote: {
      text: "Esta noticia menciona la prisión, un homicidio y el maltrato infantil que hubo antes. No da detalles.",
      from: "e4abfc05",
    },
  },
});

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
  es: {
    name: { text: "Reforma de la justicia penal y de las prisiones", from: "8dd52190" },
    summary: {
      text: "El trabajo para que las condenas, las prisiones y los tribunales sean más justos y más humanos.",
      from: "94667316",
    },
    description: {
      text: `Reformar la justicia penal significa cambiar cómo se acusa a las personas, cómo se las condena y cómo
se las mantiene en la prisión o en la cárcel. Incluye las reglas de las condenas, la vida adentro, la
libertad condicional y los indultos. También incluye cómo trata el sistema a las personas que también
fueron víctimas de abuso.

Las organizaciones que aparecen aquí estudian el sistema, comparten datos y trabajan con las comunidades
para lograr cambios. No son servicios para crisis.`,
      from: "8502ef69",
    },
    steps: [
      {
        text: { text: "Conozca los datos sobre las prisiones en Estados Unidos.", from: "25a68d5d" },
        help: [{}],
      },
      {
        text: { text: "Vea cómo trabaja la gente para que el sistema sea más justo.", from: "fc221e4f" },
        help: [{}],
      },
      {
        text: {
          text: "Si usted o un ser querido sale de la prisión, encuentre programas que le pueden ayudar.",
          from: "e83f6063",
        },
        help: [{}],
      },
    ],
  },
});

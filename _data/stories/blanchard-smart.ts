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
  summary: `Gypsy Rose Blanchard came home from prison at the end of December 2023. She had served time for
her part in her mother's death. For years before that, her mother had made her seem seriously ill.
This is now known as medical child abuse. It is also called Munchausen syndrome by proxy.

Blanchard spoke at an online press event for a TV series about her life. She said Elizabeth Smart
had sent her a message of support, and that she had written back. She called Smart a role model.
Smart was taken from her family's home in Salt Lake City when she was 14 and held for nine months.
Today she works for child safety.

Blanchard said she wants to use her large social media following to speak up. She wants to raise
awareness of medical child abuse, mental health, and sexual and physical abuse. She also wants to
reach people who feel there is no way out.`,
  causes: ["child-abuse", "medical-child-abuse", "sexual-assault", "child-safety", "mental-health"],
  contentNote:
    "This story mentions child abuse, medical child abuse and a killing. It also mentions the kidnapping and sexual abuse of a child. It gives no details.",
  es: {
    title: {
      text: "Elizabeth Smart se pone en contacto con Gypsy Rose Blanchard tras su salida de prisión",
      from: "e53f99ac",
    },
    summary: {
      text: `Gypsy Rose Blanchard salió de prisión y volvió a casa a fines de diciembre de 2023. Había cumplido
una condena por su participación en la muerte de su madre. Durante años, antes de eso, su madre la
había hecho parecer gravemente enferma. Hoy esto se conoce como maltrato médico infantil. También se le
llama síndrome de Munchausen por poder.

Blanchard habló en un evento de prensa en línea de una serie de televisión sobre su vida. Contó
que Elizabeth Smart le había enviado un mensaje de apoyo y que ella le había contestado. Dijo que
Smart es un ejemplo para ella. A Smart se la llevaron de la casa de su familia en Salt Lake City cuando
tenía 14 años, y la retuvieron durante nueve meses. Hoy trabaja por la seguridad de los niños.

Blanchard dijo que quiere aprovechar que tiene muchos seguidores en las redes sociales para alzar la
voz. Quiere crear conciencia sobre el maltrato médico infantil, la salud mental y el abuso sexual y
físico. También quiere llegar a las personas que sienten que no hay salida.`,
      from: "3bec4ee2",
    },
    contentNote: {
      text: "Esta noticia menciona el maltrato infantil, el maltrato médico infantil y un homicidio. También menciona el secuestro y el abuso sexual de una niña. No da detalles.",
      from: "3dc6ecf7",
    },
  },
});

import { defineResource } from "../../src/define.ts";

export default defineResource({
  id: "elizabeth-smart-foundation",
  name: "Elizabeth Smart Foundation",
  organization: "Elizabeth Smart Foundation",
  crisisLine: false,
  summary: "Works to stop the kidnapping and sexual abuse of children. It also teaches and speaks up for survivors.",
  notFor: ["It is not a crisis line. If you need to talk to someone now, use a helpline on this page."],
  website: "https://www.elizabethsmartfoundation.org/",
  languages: ["en"],
  serves: "Survivors of sexual abuse or kidnapping and their families. Also groups that work to keep children safe.",
  area: "United States",
  causes: ["child-safety", "sexual-assault"],
  source: { name: "Elizabeth Smart Foundation", url: "https://www.elizabethsmartfoundation.org/" },
  checked: "2025-07-17",
  es: {
    summary: {
      text: "Trabaja para acabar con el secuestro y el abuso sexual de niños. También educa y alza la voz por los sobrevivientes.",
      from: "5041c21d",
    },
    notFor: [
      {
        text: "No es una línea de crisis. Si necesita hablar con alguien ahora, use una de las líneas de ayuda de esta página.",
        from: "41f6e199",
      },
    ],
    serves: {
      text: "Sobrevivientes de abuso sexual o de secuestro y sus familias. También grupos que trabajan para proteger a los niños.",
      from: "f03229ca",
    },
    area: { text: "Estados Unidos", from: "49dca65f" },
  },
});

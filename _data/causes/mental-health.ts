import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "mental-health",
  name: "Mental health",
  summary: "Support when you feel very upset, think about suicide, or live with the effects of trauma.",
  description: `Reading about abuse or violence can bring up strong feelings. This is even more true for people who
have lived through something like it. Feeling swamped, numb, or unable to stop thinking about it is
common.

If you are thinking about suicide, or you are worried about someone who is, you can call or text 988
at any time. Other helplines can help you find treatment and support groups near you.`,
  steps: [
    { text: "If you or someone else is in danger right now, call 911.", emergency: true },
    {
      text: "If you are thinking about suicide, or worried about someone, call or text 988 at any time.",
      help: ["988-lifeline"],
    },
    { text: "If you would rather text, a Crisis Text Line volunteer will text back.", help: ["crisis-text-line"] },
    {
      text: "Are you a veteran or in the military? The Veterans Crisis Line is for you.",
      help: ["veterans-crisis-line"],
    },
    {
      text: "To find treatment or support groups, call the NAMI HelpLine or SAMHSA's helpline.",
      help: ["nami-helpline", "samhsa-helpline"],
    },
  ],
  related: ["child-abuse", "sexual-assault", "reentry"],
  es: {
    name: { text: "Salud mental", from: "dbcb26fe" },
    summary: {
      text: "Apoyo cuando se siente muy mal, piensa en el suicidio o vive con los efectos de un trauma.",
      from: "e7b43e0d",
    },
    description: {
      text: `Leer sobre abuso o violencia puede despertar emociones fuertes. Esto les pasa todavía más a las
personas que vivieron algo parecido. Es común sentir que todo es demasiado, no sentir nada o no poder
dejar de pensar en eso.

Si está pensando en el suicidio, o le preocupa alguien que lo está pensando, puede llamar o enviar un
mensaje de texto al 988 a cualquier hora. Otras líneas le pueden ayudar a encontrar tratamiento y grupos
de apoyo cerca de usted.`,
      from: "efbbda7a",
    },
    steps: [
      { text: { text: "Si usted u otra persona está en peligro ahora mismo, llame al 911.", from: "6ec8fe19" } },
      {
        text: {
          text: "Si está pensando en el suicidio, o le preocupa alguien, llame o envíe un mensaje de texto al 988 a cualquier hora.",
          from: "8278a905",
        },
        help: [{}],
      },
      {
        text: {
          text: "Si prefiere escribir, un voluntario de Crisis Text Line le contestará por mensaje de texto.",
          from: "f501279c",
        },
        help: [{}],
      },
      {
        text: {
          text: "¿Es veterano o veterana, o sirve en las fuerzas armadas? La Veterans Crisis Line es para usted.",
          from: "1b47f5a8",
        },
        help: [{}],
      },
      {
        text: {
          text: "Para encontrar tratamiento o grupos de apoyo, llame a la NAMI HelpLine o a la línea de ayuda de SAMHSA.",
          from: "6615a829",
        },
        help: [{}, {}],
      },
    ],
  },
});

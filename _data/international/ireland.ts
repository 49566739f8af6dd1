import { defineCountry } from "../../src/define.ts";

export default defineCountry({
  id: "ireland",
  name: "Ireland",
  code: "IE",
  emergency: {
    numbers: ["112", "999"],
    source: { name: "HSE: when to call 112 or 999", url: "https://www2.hse.ie/emergencies/when-to-call-112-or-999/" },
    checked: "2026-11-29",
  },
  lines: [
    {
      name: "National Rape Crisis Helpline",
      summary:
        "Run by Dublin Rape Crisis Centre: counselors support anyone who has experienced sexual violence, no matter who did it or when, and can point to medical and other help.",
      serves: "Anyone who has experienced rape, sexual assault, sexual harassment or other sexual violence.",
      channels: [{ type: "call", number: "+3531800778888", vanity: "1800 77 88 88" }],
      website: "https://drcc.ie/",
      hours: { kind: "always" },
      source: {
        name: "Dublin Rape Crisis Centre: support is there for survivors",
        url: "https://drcc.ie/news-resources/christmas-can-be-difficult-and-lonely-time-but-support-is-th",
      },
      checked: "2026-11-29",
    },
  ],
  es: {
    name: { text: "Irlanda", from: "02bf1dfa" },
    lines: [
      {
        summary: {
          text: "A cargo del Dublin Rape Crisis Centre: sus consejeros apoyan a cualquier persona que haya sufrido violencia sexual, sin importar quién lo hizo ni cuándo, y le pueden orientar hacia ayuda médica y de otro tipo.",
          from: "09c0fa49",
        },
        serves: {
          text: "Cualquier persona que haya sufrido una violación, una agresión sexual, acoso sexual u otro tipo de violencia sexual.",
          from: "c30a167d",
        },
        channels: [{}],
      },
    ],
  },
});

import { defineCause } from "../../src/define.ts";

export default defineCause({
  id: "medical-child-abuse",
  name: "Medical child abuse",
  alsoKnownAs: ["Munchausen syndrome by proxy", "Factitious disorder imposed on another"],
  summary:
    "When a caregiver makes up or causes illness in a child, leading to tests and treatment the child does not need.",
  description: `Medical child abuse happens when a parent or caregiver invents, exaggerates or causes
symptoms in a child, so that the child is seen by doctors, tested and treated for illnesses they do
not have. It is a form of child abuse. The caregiver's condition has long been called Munchausen
syndrome by proxy; doctors now call it factitious disorder imposed on another.

It can be hard to see from outside, because the caregiver often seems devoted and the child's
records look like those of a very sick child. The harm comes from the lies and from the unneeded
medicines, procedures and isolation.

Anyone worried that a child is being harmed this way can talk to a child abuse hotline counselor.`,
  related: ["child-abuse", "mental-health"],
});

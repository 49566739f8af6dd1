import { parseHTML } from "linkedom";

/** A built page as a DOM, so tests ask what a visitor would find rather than matching strings. */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Whether `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  return Boolean(a.compareDocumentPosition(b) & 4);
}

import type { Strings } from "./strings/en.ts";

/** What a report is about: the line, and the full address of the page the visitor was reading. */
export interface ReportSubject {
  id: string;
  name: string;
  page: string;
}

/**
 * The "Is something wrong here?" link: the maintainers' address (`reportUrl` in `_data/site.ts`)
 * with the line and the page filled in, so a visitor only has to say what is wrong. A `mailto:`
 * address gets a subject and a body (RFC 6068); a form gets `resource` and `page` in its query.
 * Nothing is sent from the page: the visitor's own mail program or the form sends it, if they choose.
 * @example reportHref("mailto:fix@hub.example.org", { id: "rainn", name: "RAINN", page: "https://hub.example.org/help/rainn/" }, en)
 * // "mailto:fix@hub.example.org?subject=Something%20wrong%20with%20RAINN&body=..."
 */
export function reportHref(reportUrl: string, subject: ReportSubject, strings: Strings): string {
  if (reportUrl.startsWith("mailto:")) {
    const subjectLine = encodeURIComponent(strings.report.subject(subject.name));
    const body = encodeURIComponent(strings.report.body(subject.name, subject.page));
    return `${reportUrl}?subject=${subjectLine}&body=${body}`;
  }
  const form = new URL(reportUrl);
  form.searchParams.set("resource", subject.id);
  form.searchParams.set("page", subject.page);
  return form.href;
}

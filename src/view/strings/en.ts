import type { Channel } from "../../model/resource.ts";

/**
 * Every piece of interface text on the site, in English. A second language is a copy of this
 * file with the same keys (`satisfies Strings`), chosen by `language` in `_data/site.ts`.
 * Long pages (about, browsing safety) are content, in `content/`.
 */
export const en = {
  skipLink: "Skip to main content",
  /** The link to the same page in this language, shown on the other language's pages, in this language. */
  language: { switchTo: "English" },
  exit: {
    label: "Exit this page",
    hint: "Leaves this site at once for an ordinary weather page.",
    /** Read out by screen readers as Shift is pressed towards the three-press quick exit. */
    pressMore: (times: number) => `Shift, press ${times} more ${times === 1 ? "time" : "times"} to exit.`,
    expired: "Exit this page expired.",
  },
  nav: {
    label: "Main",
    home: "Home",
    topics: "Topics",
    help: "Helplines",
    stories: "Stories",
    about: "About",
    safety: "Browsing safely",
    search: "Search",
    outside: "Help in other countries",
  },
  breadcrumbs: "Where you are",
  emergency: {
    text: (number: string) => `If you are in immediate danger, call ${number}.`,
    /** The same sentence with the number as a link after it. */
    lead: "If you are in immediate danger, call",
    /** Beside the button in a story's "Talk to someone now" strip. */
    when: "If you are in immediate danger",
    link: (number: string) => `Call ${number}`,
  },
  helpNow: {
    heading: "Need help now?",
    intro: "These lines are free and confidential. You do not have to give your name.",
    allHelp: "All helplines and organizations",
  },
  /** The printable help card for a topic: a neutral title, so a card left on a table says little. */
  helpCard: {
    title: "Phone numbers",
    link: "Print a card with these numbers",
    intro: "Free and confidential. You do not have to give your name.",
    printHint: "Use your browser's Print command to print this card, or save it as a PDF.",
  },
  help: {
    storyHeading: "Help, if this story affects you",
    topicHeading: "Where to find help",
    crisisLines: "Helplines you can call or text",
    organizations: "Organizations working on this",
    pinned: "Chosen for this story",
    /** What a line is for, in the reader's words: "For child abuse and neglect and sexual abuse and assault". */
    matches: (causes: readonly string[]) => `For ${AND_LIST.format(causes.map(lowerFirst))}`,
    /** "If a number does not connect, call or text 988, or call 911." around the two links. */
    fallbackLead: "If a number does not connect,",
    fallbackOr: "or call",
    fallbackWays: { callOrText: "call or text", call: "call", text: "text" },
    linesFor: (area: string) => `These lines are for ${area}.`,
    outsideLink: "Help in other countries",
  },
  /** The general lines that stand in when none of the lines that fit a page answers around the clock. */
  floor: {
    heading: "Lines for anyone in crisis, open 24/7",
    story: "No helpline for this story's topics answers around the clock yet. These lines help anyone in crisis.",
    storyExcluded:
      "The lines for this story's topics were left out because they do not fit it. These lines help anyone in crisis.",
    topic: "No helpline for this topic answers around the clock. These lines help anyone in crisis.",
    notAllDay: (name: string) => `${name} does not answer calls or texts around the clock. These lines do.`,
    notALine: (name: string) => `${name} is not a helpline. To talk to someone now, these lines answer 24/7.`,
  },
  /** The strip between a story's content note and the story. */
  talkNow: {
    heading: "Talk to someone now",
    intro: "Free and confidential, any time of day or night.",
  },
  report: {
    link: "Is something wrong here?",
    subject: (name: string) => `Something is wrong about ${name}`,
    body: (name: string, page: string) =>
      `Resource: ${name}\nPage: ${page}\n\nWhat is wrong (a number, the hours, anything else):\n`,
  },
  channel: {
    call: (number: string) => `Call ${number}`,
    text: (number: string, keyword?: string) => (keyword ? `Text “${keyword}” to ${number}` : `Text ${number}`),
    tty: (number: string) => `TTY ${number}`,
    chat: "Chat online",
    videophone: (number: string) => `Videophone ${number}`,
    videophoneWeb: "Video call in sign language",
    videophoneDial: (number: string) => `From a videophone, dial ${number}.`,
    whatsapp: (number: string) => `WhatsApp ${number}`,
    website: (host: string) => `Website: ${host}`,
    vanity: (spelling: string) => `Also written ${spelling}.`,
    languages: (names: string) => `In ${names}.`,
    /** For a way in that does not answer in the page's language, on a line that offers interpreters. */
    interpreter: "With an interpreter.",
  },
  hours: {
    always: "Open 24 hours a day, 7 days a week",
    /** The hours in words (src/model/hours.ts): "Monday to Friday, 10 AM to 10 PM Eastern Time". */
    dayRun: (first: string, last: string) => `${first} to ${last}`,
    timeRange: (opens: string, closes: string) => `${opens} to ${closes}`,
    inZone: (periods: string, zone: string) => `${periods} ${zone}`,
    midnight: "midnight",
    /**
     * Time zone names by their English name, for languages whose Intl name is not what people say
     * (Spanish). English says Intl's own: "Eastern Time".
     */
    zones: {} as Readonly<Record<string, string>>,
    notAlways: "Not open 24 hours.",
    /** The short form on the home page's compact cards, only for lines that truly are. */
    allDay: "Open 24/7",
    /**
     * Filled in by the browser (`content/assets/open-now.js`), which knows the time; pages carry
     * these with `{time}`, `{day}`, `{clock}` and `{zone}` left in, e.g. strings.hours.openNow("{time}").
     * `time` is one of `at`, `atOne` or `atMidnight`; `day` is "today", "tomorrow" or `onDay` of a weekday.
     */
    openNow: (time: string) => `Open now, until ${time}.`,
    closedNow: (day: string, time: string) => `Closed now. Opens ${day} at ${time}.`,
    /** A weekday as the closed-now sentence says it: "Monday" (Spanish: "el lunes"). */
    onDay: (weekday: string) => weekday,
    /** A time with its zone: "10 AM Eastern Time". Spanish needs "las 10" but "la 1", hence `atOne` for 1:00 to 1:59. */
    at: (clock: string, zone: string) => `${clock} ${zone}`,
    atOne: (clock: string, zone: string) => `${clock} ${zone}`,
    atMidnight: (zone: string) => `midnight ${zone}`,
  },
  resource: {
    moreAbout: (name: string) => `More about ${name}`,
    whatItIs: "What it is",
    notFor: "What it is not",
    howToReach: "How to reach them",
    hours: "Hours",
    languages: "Languages",
    serves: "Who it is for",
    area: "Where",
    website: "Website",
    topics: "Topics",
    source: "Where these facts come from",
    checked: (source: string, date: string) => `Checked against ${source} on ${date}.`,
    whatHappens: {
      heading: "What happens when you reach out",
      whoAnswers: "Who answers",
      wait: "How long it takes",
      name: "Your name",
      whenTheyTellOthers: "When they may tell someone else",
      source: (name: string) => `From ${name}`,
    },
    crisisLine: "Helpline",
    organization: "Organization",
  },
  directory: {
    title: "Helplines and organizations",
    intro:
      "Every helpline and organization on this site, with how to reach them, when they answer, and when we last checked.",
    crisisLines: "Helplines",
    organizations: "Organizations",
    find: "Find a line by what you need",
    /** One per way a line can be reached: a new kind of channel needs its words here. */
    ways: {
      call: "Lines you can call",
      text: "Lines you can text",
      tty: "Lines for TTY users",
      videophone: "Lines in sign language by video",
      whatsapp: "Lines on WhatsApp",
      chat: "Lines with online chat",
    } satisfies Record<Channel["type"], string>,
    wayFilter: {
      call: "Call",
      text: "Text",
      tty: "TTY",
      videophone: "Video (ASL)",
      whatsapp: "WhatsApp",
      chat: "Chat",
    } satisfies Record<Channel["type"], string>,
    inLanguage: (language: string) => `Lines that answer in ${language}`,
    inLanguageFilter: (language: string) => `In ${language}`,
    allDay: "Lines open 24 hours a day",
    filterHeading: "Narrow the list",
    wayLegend: "How do you want to reach someone?",
    anyWay: "Any way",
    languageLegend: "Language",
    whenLegend: "When",
    openNow: "Open now",
    /** Filled in by content/assets/help-filter.js. */
    shown: "Showing {count} of {total} helplines.",
    noneShown: "No helpline fits all of these. Clear a choice to see more.",
    backToTop: "Back to the list of groups",
  },
  story: {
    contentNote: "Content note",
    skipToStory: "Skip to the story",
    allHelp: "All help for this story",
    summary: "What happened",
    reported: (date: string) => `Reported ${date}`,
    source: "Source",
    sourceLine: (publication: string, date: string) => `${publication}, ${date}`,
    readSource: (publication: string) => `Read the original article on ${publication}`,
    sourceNote:
      "This is a summary in our own words. The original article may include details some readers find distressing.",
    relatedStories: "Related stories",
    /** Over a summary shown in English on a page in another language (not shown on English pages). */
    untranslated: "This summary is only in English.",
    topics: "Topics in this story",
  },
  stories: {
    title: "Stories",
    intro: "News stories we have summarized, each with the help that fits it. Newest first.",
    latest: "Latest stories",
    all: "All stories",
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    previous: "Newer stories",
    next: "Older stories",
    empty: "There are no stories here yet.",
  },
  steps: {
    heading: "What you can do now",
  },
  topics: {
    title: "Topics",
    intro: "The subjects the stories on this site touch, with help for each.",
    alsoKnownAs: "Also known as",
    about: "About this topic",
    related: "Related topics",
    stories: "Stories on this topic",
    allStories: (name: string, count: number) => `All ${count} stories on ${name}`,
    storiesOn: (name: string) => `Stories on ${name}`,
  },
  home: {
    topicsHeading: "Find help by topic",
  },
  footer: {
    label: "Site",
    talkNow: (area: string) => `In ${area}, to talk to someone now,`,
    privacy: "This site sets no cookies, loads nothing from other sites and keeps no record of your visit.",
  },
  search: {
    title: "Search",
    intro: "Search the topics, helplines and stories on this site.",
    label: "Search for a topic, helpline or story",
    button: "Search",
    /** The header box; its label is read out, not shown. */
    headerLabel: "Search this site",
    resultsHeading: "Results",
    browseTopics: "Browse all topics",
    browseHelp: "Browse all helplines and organizations",
    findByNeed: "Find a helpline by how you want to reach someone",
    /**
     * Read by the search script in the browser, which fills in `{query}` and `{count}` itself:
     * functions cannot travel to the page, so these are templates.
     */
    browser: {
      searching: "Searching…",
      one: "1 result for “{query}”.",
      many: "{count} results for “{query}”.",
      noResults:
        "No results for “{query}”. If you need someone now, the lines below answer any time. Or try other words, or find a helpline by how you want to reach someone.",
      failed: "Search is not working right now. Browse the topics and helplines below instead.",
      more: "Show more results",
    },
  },
  feed: {
    title: (site: string) => `Stories from ${site}`,
    link: "Stories as a feed (Atom)",
  },
  structuredData: {
    contactType: {
      call: "Helpline (phone call)",
      text: "Helpline (text message)",
      tty: "Helpline (TTY)",
      chat: "Helpline (online chat)",
      videophone: "Helpline (videophone, sign language)",
      whatsapp: "Helpline (WhatsApp)",
    },
  },
  openData: {
    runs: (services: string) => `Runs ${services}.`,
    shortCode: "A short code, not a full phone number: it works only from phones in its own country.",
    localTime: (timeZone: string) => `Times are local time in ${timeZone}, which changes with daylight saving time.`,
  },
  outside: {
    title: (area: string) => `Help outside ${area}`,
    intro:
      "Free national lines in some other countries. We checked each one on the organization's own page. This site does not know where you are: find your country below.",
    emergency: "Emergency",
    emergencyText: "In immediate danger, call",
    or: "or",
    directory: (name: string) => `For every other country, ${name} lists free helplines around the world.`,
    directoryLink: (name: string, host: string) => `${name} (${host})`,
    countries: "Countries on this page",
  },
  notFound: {
    title: "Page not found",
    text: "There is no page at this address. It may have moved.",
    /** On the other language's 404 page, in this language, linking to this language's home page. */
    offer: "Looking for help in English? Go to the home page.",
  },
};

export type Strings = typeof en;

/**
 * "a, b and c", made once: a story view says what each of its lines is for, and making a list
 * format for each line was about a tenth of a profiled resource edit at 10,000 stories.
 */
const AND_LIST = new Intl.ListFormat("en", { type: "conjunction" });

/** "Sexual abuse and assault" → "sexual abuse and assault" inside a sentence; "HIV" stays as it is. */
function lowerFirst(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

import type { Channel } from "../../model/resource.ts";
import type { Strings } from "./en.ts";

/**
 * Every piece of interface text on the site, in Spanish, for a US Latino audience. Register:
 * **usted** throughout ("Llame al 911", "¿Necesita ayuda ahora?", "Oprima 2"), as the hotlines
 * themselves speak. Plain words (grade 8 or below), the same calm, trauma-informed care as the
 * English: say what a line is and is not, never alarm, never blame. Fixed names: the site is
 * "Guía de Ayuda"; Stories are "Noticias", Topics "Temas"; "Líneas de ayuda y organizaciones";
 * "Salir de esta página"; "Navegar con seguridad"; Shift is "Shift (Mayús)". `linesFor` reads
 * "Estados Unidos", with no article, so sentences are written around it ("Estas líneas son para
 * Estados Unidos."). The same keys as en.ts: a missing or extra one is a type error.
 */
export const es = {
  skipLink: "Ir al contenido principal",
  language: { switchTo: "Español" },
  exit: {
    label: "Salir de esta página",
    hint: "Sale de este sitio de inmediato y abre una página común del clima.",
    pressMore: (times: number) =>
      `Shift (Mayús): oprímala ${times} ${times === 1 ? "vez más" : "veces más"} para salir.`,
    expired: "Salir de esta página: se acabó el tiempo.",
  },
  nav: {
    label: "Principal",
    home: "Inicio",
    topics: "Temas",
    help: "Líneas de ayuda",
    stories: "Noticias",
    about: "Sobre este sitio",
    safety: "Navegar con seguridad",
    search: "Buscar",
    outside: "Ayuda en otros países",
  },
  breadcrumbs: "Usted está aquí",
  emergency: {
    text: (number: string) => `Si está en peligro ahora mismo, llame al ${number}.`,
    lead: "Si está en peligro ahora mismo, llame al",
    when: "Si está en peligro ahora mismo",
    link: (number: string) => `Llame al ${number}`,
  },
  helpNow: {
    heading: "¿Necesita ayuda ahora?",
    intro: "Estas líneas son gratuitas y confidenciales. No tiene que dar su nombre.",
    allHelp: "Todas las líneas de ayuda y organizaciones",
  },
  helpCard: {
    title: "Números de teléfono",
    link: "Imprimir una tarjeta con estos números",
    intro: "Gratis y confidencial. No tiene que dar su nombre.",
    printHint: "Use el comando Imprimir de su navegador para imprimir esta tarjeta o guardarla como PDF.",
  },
  help: {
    storyHeading: "Ayuda, si esta noticia le afecta",
    topicHeading: "Dónde encontrar ayuda",
    crisisLines: "Líneas de ayuda a las que puede llamar o escribir",
    organizations: "Organizaciones que trabajan en esto",
    pinned: "Elegida para esta noticia",
    matches: (causes: readonly string[]) => `Para ${AND_LIST.format(causes.map(lowerFirst))}`,
    fallbackLead: "Si un número no conecta,",
    fallbackOr: "o llame al",
    fallbackWays: {
      callOrText: "llame o envíe un mensaje de texto al",
      call: "llame al",
      text: "envíe un mensaje de texto al",
    },
    linesFor: (area: string) => `Estas líneas son para ${area}.`,
    outsideLink: "Ayuda en otros países",
  },
  floor: {
    heading: "Líneas para cualquier persona en crisis, abiertas 24/7",
    story:
      "Todavía no hay una línea para los temas de esta noticia que atienda a toda hora. Estas líneas ayudan a cualquier persona en crisis.",
    storyExcluded:
      "Las líneas para los temas de esta noticia no se muestran porque no son adecuadas para ella. Estas líneas ayudan a cualquier persona en crisis.",
    topic: "Ninguna línea para este tema atiende a toda hora. Estas líneas ayudan a cualquier persona en crisis.",
    notAllDay: (name: string) => `${name} no atiende llamadas ni mensajes a toda hora. Estas líneas sí.`,
    notALine: (name: string) =>
      `${name} no es una línea de ayuda. Para hablar con alguien ahora, estas líneas atienden 24/7.`,
  },
  talkNow: {
    heading: "Hable con alguien ahora",
    intro: "Gratis y confidencial, a cualquier hora del día o de la noche.",
  },
  report: {
    link: "¿Hay un error aquí?",
    subject: (name: string) => `Hay un error sobre ${name}`,
    body: (name: string, page: string) =>
      `Recurso: ${name}\nPágina: ${page}\n\nQué está mal (un número, el horario, otra cosa):\n`,
  },
  channel: {
    call: (number: string) => `Llame al ${number}`,
    text: (number: string, keyword?: string) =>
      keyword ? `Envíe “${keyword}” al ${number}` : `Envíe un mensaje de texto al ${number}`,
    tty: (number: string) => `TTY ${number}`,
    chat: "Chatee en línea",
    videophone: (number: string) => `Videoteléfono ${number}`,
    videophoneWeb: "Videollamada en lenguaje de señas",
    videophoneDial: (number: string) => `Desde un videoteléfono, marque ${number}.`,
    whatsapp: (number: string) => `WhatsApp ${number}`,
    website: (host: string) => `Sitio web: ${host}`,
    vanity: (spelling: string) => `También se escribe ${spelling}.`,
    languages: (names: string) => `En ${names}.`,
    interpreter: "Con intérprete.",
  },
  hours: {
    always: "Abierta las 24 horas, los 7 días de la semana",
    dayRun: (first: string, last: string) => `de ${first} a ${last}`,
    timeRange: (opens: string, closes: string) => `de ${opens} a ${closes}`,
    inZone: (periods: string, zone: string) => `${periods}, ${zone}`,
    midnight: "medianoche",
    // As US Spanish media and government pages say them; Intl's "hora oriental" is a calque.
    zones: {
      "Eastern Time": "hora del Este",
      "Central Time": "hora del Centro",
      "Mountain Time": "hora de la Montaña",
      "Mountain Standard Time": "hora de la Montaña",
      "Pacific Time": "hora del Pacífico",
      "Alaska Time": "hora de Alaska",
      "Hawaii-Aleutian Standard Time": "hora de Hawái",
      "Atlantic Standard Time": "hora del Atlántico",
    },
    notAlways: "No está abierta las 24 horas.",
    allDay: "Abierta 24/7",
    openNow: (time: string) => `Abierta ahora, hasta ${time}.`,
    closedNow: (day: string, time: string) => `Cerrada ahora. Abre ${day} a ${time}.`,
    onDay: (weekday: string) => `el ${weekday}`,
    at: (clock: string, zone: string) => `las ${clock}, ${zone}`,
    atOne: (clock: string, zone: string) => `la ${clock}, ${zone}`,
    atMidnight: (zone: string) => `la medianoche, ${zone}`,
  },
  resource: {
    moreAbout: (name: string) => `Más sobre ${name}`,
    whatItIs: "Qué es",
    notFor: "Qué no es",
    howToReach: "Cómo comunicarse",
    hours: "Horario",
    languages: "Idiomas",
    serves: "Para quién es",
    area: "Dónde",
    website: "Sitio web",
    topics: "Temas",
    source: "De dónde vienen estos datos",
    checked: (source: string, date: string) => `Revisado con ${source} el ${date}.`,
    whatHappens: {
      heading: "Qué pasa cuando se comunica",
      whoAnswers: "Quién contesta",
      wait: "Cuánto tarda",
      name: "Su nombre",
      whenTheyTellOthers: "Cuándo pueden avisar a otras personas",
      source: (name: string) => `Según ${name}`,
    },
    crisisLine: "Línea de ayuda",
    organization: "Organización",
  },
  directory: {
    title: "Líneas de ayuda y organizaciones",
    intro:
      "Todas las líneas de ayuda y organizaciones de este sitio: cómo comunicarse, cuándo atienden y cuándo revisamos los datos por última vez.",
    crisisLines: "Líneas de ayuda",
    organizations: "Organizaciones",
    find: "Busque una línea según lo que necesita",
    ways: {
      call: "Líneas a las que puede llamar",
      text: "Líneas a las que puede enviar un mensaje de texto",
      tty: "Líneas para personas que usan TTY",
      videophone: "Líneas en lenguaje de señas por video",
      whatsapp: "Líneas en WhatsApp",
      chat: "Líneas con chat en línea",
    } satisfies Record<Channel["type"], string>,
    wayFilter: {
      call: "Llamar",
      text: "Mensaje de texto",
      tty: "TTY",
      videophone: "Video (ASL)",
      whatsapp: "WhatsApp",
      chat: "Chat",
    } satisfies Record<Channel["type"], string>,
    inLanguage: (language: string) => `Líneas que atienden en ${language}`,
    inLanguageFilter: (language: string) => `En ${language}`,
    allDay: "Líneas abiertas las 24 horas",
    filterHeading: "Reduzca la lista",
    wayLegend: "¿Cómo quiere comunicarse con alguien?",
    anyWay: "De cualquier forma",
    languageLegend: "Idioma",
    whenLegend: "Cuándo",
    openNow: "Abiertas ahora",
    shown: "Se muestran {count} de {total} líneas de ayuda.",
    noneShown: "Ninguna línea cumple con todo esto. Quite una opción para ver más.",
    backToTop: "Volver a la lista de grupos",
  },
  story: {
    contentNote: "Nota sobre el contenido",
    skipToStory: "Ir a la noticia",
    allHelp: "Toda la ayuda para esta noticia",
    summary: "Qué pasó",
    reported: (date: string) => `Publicada el ${date}`,
    source: "Fuente",
    sourceLine: (publication: string, date: string) => `${publication}, ${date}`,
    readSource: (publication: string) => `Leer el artículo original en ${publication} (en inglés)`,
    sourceNote:
      "Esto es un resumen con nuestras propias palabras. El artículo original puede tener detalles que a algunas personas les resulten dolorosos.",
    relatedStories: "Noticias relacionadas",
    untranslated: "Este resumen solo está en inglés.",
    topics: "Temas de esta noticia",
  },
  stories: {
    title: "Noticias",
    intro: "Noticias que resumimos, cada una con la ayuda que le corresponde. Las más recientes primero.",
    latest: "Noticias recientes",
    all: "Todas las noticias",
    page: (page: number, pages: number) => `Página ${page} de ${pages}`,
    previous: "Noticias más recientes",
    next: "Noticias anteriores",
    empty: "Todavía no hay noticias aquí.",
  },
  steps: {
    heading: "Lo que puede hacer ahora",
  },
  topics: {
    title: "Temas",
    intro: "Los asuntos que tocan las noticias de este sitio, con ayuda para cada uno.",
    alsoKnownAs: "También se conoce como",
    about: "Sobre este tema",
    related: "Temas relacionados",
    stories: "Noticias sobre este tema",
    allStories: (name: string, count: number) =>
      `${count === 1 ? "La única noticia" : `Las ${count} noticias`} sobre ${lowerFirst(name)}`,
    storiesOn: (name: string) => `Noticias sobre ${lowerFirst(name)}`,
  },
  home: {
    topicsHeading: "Encuentre ayuda por tema",
  },
  footer: {
    label: "Sitio",
    talkNow: (area: string) => `En ${area}, para hablar con alguien ahora,`,
    privacy: "Este sitio no usa cookies, no carga nada de otros sitios y no guarda ningún registro de su visita.",
  },
  search: {
    title: "Buscar",
    intro: "Busque en los temas, las líneas de ayuda y las noticias de este sitio.",
    label: "Busque un tema, una línea de ayuda o una noticia",
    button: "Buscar",
    headerLabel: "Buscar en este sitio",
    resultsHeading: "Resultados",
    browseTopics: "Ver todos los temas",
    browseHelp: "Ver todas las líneas de ayuda y organizaciones",
    findByNeed: "Busque una línea según cómo quiere comunicarse",
    browser: {
      searching: "Buscando…",
      one: "1 resultado para “{query}”.",
      many: "{count} resultados para “{query}”.",
      noResults:
        "No hay resultados para “{query}”. Si necesita a alguien ahora, las líneas de abajo atienden a cualquier hora. O pruebe con otras palabras, o busque una línea según cómo quiere comunicarse.",
      failed: "La búsqueda no funciona en este momento. Vea los temas y las líneas de ayuda de abajo.",
      more: "Mostrar más resultados",
    },
  },
  feed: {
    title: (site: string) => `Noticias de ${site}`,
    link: "Las noticias como fuente web (Atom)",
  },
  structuredData: {
    contactType: {
      call: "Línea de ayuda (llamada)",
      text: "Línea de ayuda (mensaje de texto)",
      tty: "Línea de ayuda (TTY)",
      chat: "Línea de ayuda (chat en línea)",
      videophone: "Línea de ayuda (videoteléfono, lenguaje de señas)",
      whatsapp: "Línea de ayuda (WhatsApp)",
    },
  },
  openData: {
    runs: (services: string) => `Opera ${services}.`,
    shortCode: "Un código corto, no un número de teléfono completo: solo funciona desde teléfonos de su propio país.",
    localTime: (timeZone: string) => `Las horas son la hora local de ${timeZone}, que cambia con el horario de verano.`,
  },
  outside: {
    title: (area: string) => `Ayuda fuera de ${area}`,
    intro:
      "Líneas nacionales gratuitas en algunos otros países. Revisamos cada una en la página de la propia organización. Este sitio no sabe dónde está usted: busque su país abajo.",
    emergency: "Emergencias",
    emergencyText: "Si está en peligro ahora mismo, llame al",
    or: "o al",
    directory: (name: string) =>
      `Para cualquier otro país, ${name} tiene una lista de líneas de ayuda gratuitas en todo el mundo.`,
    directoryLink: (name: string, host: string) => `${name} (${host}, en inglés)`,
    countries: "Países en esta página",
  },
  notFound: {
    title: "No se encontró la página",
    text: "No hay ninguna página en esta dirección. Es posible que se haya movido.",
    offer: "¿Busca ayuda en español? Vaya a la página principal en español.",
  },
} satisfies Strings;

/** "a, b y c", made once: see en.ts. */
const AND_LIST = new Intl.ListFormat("es", { type: "conjunction" });

/** "Maltrato infantil y negligencia" → "maltrato infantil y negligencia" inside a sentence; "VIH" stays as it is. */
function lowerFirst(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

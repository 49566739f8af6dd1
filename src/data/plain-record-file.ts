import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/*
 * A plain record file is a data file whose exports follow from its own text and the typed helpers
 * alone: a record written out, as `npm run new` writes one and as almost every file in `_data/`
 * is. Two things rely on telling one apart: the data file cache (data-file-cache.ts), which keeps
 * what such a file exported, and `evaluateLiteralRecordFiles` (evaluate-literal-record-files.ts),
 * which compiles many of them together.
 */

const DEFINE = fileURLToPath(new URL("../define.ts", import.meta.url));

/** The typed helpers a plain record file may call: what `src/define.ts` exports, read afresh. */
export async function definedHelpers(): Promise<Set<string>> {
  const define = await readFile(DEFINE, "utf8");
  return new Set([...define.matchAll(/export\s*\{\s*([\w$]+)\s*\}/g)].map((m) => m[1] as string));
}

const KEYWORDS = new Set(["import", "export", "default", "from", "const", "let", "true", "false", "null", "as"]);

/**
 * Whether a data file's exports follow from its text and the typed helpers alone: it imports only
 * `src/define.ts` (by any path ending so), and its code, outside strings and comments, names
 * nothing but keywords, the helpers it imported and constants it declared itself. No property
 * access, no computed member, no `${...}` in a template, no `?`, no `/` outside a comment (a
 * regular expression), no re-export from another file: anything that could reach `process`, the
 * clock, the disk, randomness or another file makes the file one that runs every time, on its own.
 * Conservative on purpose: a file wrongly judged plain would show a stale record; one wrongly
 * judged not plain only costs a compile of its own.
 */
export function isPlainRecordFile(source: string, helpers: ReadonlySet<string>): boolean {
  return declaredNames(source, helpers) !== undefined;
}

/**
 * Whether a data file is plain and declares no constant either: its record written out whole, as
 * `npm run new` writes it. Such a file reads no name before it is set, so it runs the same inside
 * a bundle, where esbuild turns a file's `const` into `var` and a constant read too early would be
 * `undefined` instead of an error (evaluate-literal-record-files.ts).
 */
export function isLiteralRecordFile(source: string, helpers: ReadonlySet<string>): boolean {
  return declaredNames(source, helpers)?.size === 0;
}

/** The constants a plain record file declares, or undefined when the file is not plain. */
function declaredNames(source: string, helpers: ReadonlySet<string>): Set<string> | undefined {
  const code = withoutStrings(source);
  if (code === undefined) return undefined;
  const allowed = new Set(KEYWORDS);
  const declared = new Set<string>();
  let rest = code.text.replace(
    /\bimport\s*\{([^}]*)\}\s*from\s*"#(\d+)"\s*;?/g,
    (whole, names: string, index: string) => {
      const spec = code.strings[Number(index)] ?? "";
      const named = names
        .split(",")
        .map((n) => n.trim())
        .filter(Boolean);
      if (!/(^|\/)src\/define\.ts$/.test(spec) || !named.every((n) => helpers.has(n))) return whole;
      for (const name of named) allowed.add(name);
      return "";
    },
  );
  // `export * from "..."` and `export { x } from "..."` bring in another file's records.
  if (/\bimport\b/.test(rest) || /\bfrom\s*"#/.test(rest) || /[?/`]/.test(rest)) return undefined;
  for (const [, name] of rest.matchAll(/\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=/g)) declared.add(name as string);
  for (const name of declared) allowed.add(name);
  rest = rest.replace(/"#\d+"/g, '""');
  // A property key (`title:`) is a name, not a value; a spread (`...base`) is the name it spreads.
  for (const match of rest.matchAll(/(?<![\w$])[A-Za-z_$][\w$]*/g)) {
    const start = match.index;
    const end = start + match[0].length;
    let back = start - 1;
    while (back >= 0 && /\s/.test(rest[back] as string)) back--;
    if (rest[back] === "." && rest[back - 1] !== ".") return undefined;
    let ahead = end;
    while (ahead < rest.length && /\s/.test(rest[ahead] as string)) ahead++;
    if (rest[ahead] === ":") continue;
    if (!allowed.has(match[0])) return undefined;
  }
  // A computed member (`x["constructor"]`, `""["..."]`) reaches beyond the record.
  return /[\w$)\]"]\s*\[/.test(rest) ? undefined : declared;
}

/**
 * The code with every string replaced by `"#n"` (n its place in `strings`) and comments removed;
 * undefined when a template literal holds `${...}` or a string never ends.
 */
function withoutStrings(source: string): { text: string; strings: string[] } | undefined {
  const strings: string[] = [];
  let text = "";
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    const next = source[i + 1];
    if (char === "/" && next === "/") {
      const end = source.indexOf("\n", i);
      i = end === -1 ? source.length : end;
    } else if (char === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      if (end === -1) return undefined;
      i = end + 2;
    } else if (char === '"' || char === "'" || char === "`") {
      let value = "";
      let j = i + 1;
      for (; j < source.length && source[j] !== char; j++) {
        if (source[j] === "\\") {
          value += source.slice(j, j + 2);
          j++;
        } else if (char === "`" && source[j] === "$" && source[j + 1] === "{") return undefined;
        else value += source[j];
      }
      if (j >= source.length) return undefined;
      text += `"#${strings.length}"`;
      strings.push(value);
      i = j + 1;
    } else {
      text += char;
      i++;
    }
  }
  return { text, strings };
}

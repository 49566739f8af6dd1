import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/*
 * Both read a folder a call per file, one call after another: at a few hundred files per folder,
 * read many times a run, Node's asynchronous calls cost several times the CPU on this VM's ext4
 * (src/build/page-reuse.ts says why).
 */

/** Every file in a folder, by relative path in sorted order, with a hash of its bytes: two sites compare equal when they are byte for byte the same. */
export function hashFolder(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    hashes.set(path.relative(dir, file), createHash("sha256").update(readFileSync(file)).digest("hex"));
  }
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Every file in a folder, by relative path in sorted order, with the file it is on disk (device and
 * inode), its size and the moment it was last written, to the nanosecond. Two folders of hard links
 * compare equal when each name is still the same file, untouched: a file renamed over one, written
 * to, or added or removed changes the map. Cheaper than hashing, as it reads no file; it says the
 * bytes are those of the files linked, so hash those once (`hashFolder`) to know what they hold.
 */
export function fileIdentities(dir: string): Map<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  return new Map(
    files
      .map((file): [string, string] => {
        const { dev, ino, size, mtimeNs } = statSync(file, { bigint: true });
        return [path.relative(dir, file), `${dev}:${ino} ${size} bytes, written ${mtimeNs}`];
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

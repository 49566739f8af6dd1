import { createHash } from "node:crypto";
import type { BigIntStats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

/** Every file in a folder, by relative path in sorted order, with a hash of its bytes: two sites compare equal when they are byte for byte the same. */
export async function hashFolder(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    hashes.set(
      path.relative(dir, file),
      createHash("sha256")
        .update(await readFile(file))
        .digest("hex"),
    );
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
export async function fileIdentities(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const stats = await Promise.all(files.map((file) => stat(file, { bigint: true })));
  return new Map(
    files
      .map((file, i): [string, string] => {
        const { dev, ino, size, mtimeNs } = stats[i] as BigIntStats;
        return [path.relative(dir, file), `${dev}:${ino} ${size} bytes, written ${mtimeNs}`];
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

import { createHash } from "node:crypto";

/**
 * Name-based UUIDs (version 5, RFC 9562 §5.5): the same name in the same namespace always gives
 * the same UUID, so the open data keeps its ids from build to build and from host to host
 * without storing them anywhere.
 */

/**
 * The hub's own namespace, drawn at random once. Never change it: every id the hub has ever
 * published (open data, feed entries) is derived from it, and other directories may hold them.
 */
export const HUB_NAMESPACE = "a830baa7-bef7-413c-979e-41d5dfaa7710";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The version 5 UUID of `name` in `namespace`.
 * @example uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8") // "2ed6657d-e927-568b-95e1-2665a8aea6a2"
 */
export function uuidV5(name: string, namespace: string): string {
  if (!UUID.test(namespace)) throw new Error(`uuidV5: namespace ${JSON.stringify(namespace)} is not a UUID`);
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replaceAll("-", ""), "hex"))
    .update(name, "utf8")
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50; // version 5
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The UUID the hub publishes for one of its things: `kind` says what it is, `key` which one.
 * @example hubUuid("service", "childhelp")
 */
export function hubUuid(kind: string, key: string): string {
  return uuidV5(`${kind}/${key}`, HUB_NAMESPACE);
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

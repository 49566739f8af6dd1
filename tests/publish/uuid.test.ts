import { describe, expect, it } from "vitest";
import { hubUuid, isUuid, uuidV5 } from "../../src/publish/uuid.ts";

const DNS_NAMESPACE = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";

describe("name-based UUIDs", () => {
  it("give the standard version 5 UUID for www.example.com in the DNS namespace", () => {
    expect(uuidV5("www.example.com", DNS_NAMESPACE)).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("keep every id the hub has published: changing the namespace or the name format fails here", () => {
    // What the build gave these real records on 2026-11-29 (open-data/hsds/*.json, feed.xml ids).
    // Other directories may hold them: an id that changes breaks their links to the hub.
    expect(hubUuid("service", "childhelp")).toBe("afaf7ea3-cdab-5abf-9002-ee7c3830b759");
    expect(hubUuid("service", "988-lifeline")).toBe("69b7f931-1d7e-5808-9822-ecfeb9919dc7");
    expect(hubUuid("organization", "Childhelp")).toBe("71eb6116-83e3-5c74-8f92-7dc1e2b80351");
    expect(hubUuid("story", "blanchard-smart")).toBe("1da9e415-2ef6-573b-8752-3e5b79abab9b");
    expect(hubUuid("feed", "stories")).toBe("de3343ba-e42c-5fd8-85f8-ffae99b9eeba");
  });

  it("give different things different ids", () => {
    expect(hubUuid("service", "childhelp")).not.toBe(hubUuid("service", "rainn"));
    expect(hubUuid("service", "childhelp")).not.toBe(hubUuid("organization", "childhelp"));
  });

  it("tell a UUID from other text", () => {
    expect(isUuid("afaf7ea3-cdab-5abf-9002-ee7c3830b759")).toBe(true);
    expect(isUuid("afaf7ea3-cdab-5abf-9002-ee7c3830b75")).toBe(false);
    expect(isUuid("childhelp")).toBe(false);
  });

  it("refuse a namespace that is not a UUID", () => {
    expect(() => uuidV5("x", "not-a-uuid")).toThrow(/not a UUID/);
  });
});

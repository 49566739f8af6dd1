import { describe, expect, it } from "vitest";
import { HUB_NAMESPACE, hubUuid, isUuid, uuidV5 } from "../../src/publish/uuid.ts";

const DNS_NAMESPACE = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";

describe("name-based UUIDs", () => {
  it("give the standard version 5 UUID for www.example.com in the DNS namespace", () => {
    expect(uuidV5("www.example.com", DNS_NAMESPACE)).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("give the hub's things the same id on every build, and different things different ids", () => {
    expect(hubUuid("service", "childhelp")).toBe(hubUuid("service", "childhelp"));
    expect(hubUuid("service", "childhelp")).toBe(uuidV5("service/childhelp", HUB_NAMESPACE));
    expect(hubUuid("service", "childhelp")).not.toBe(hubUuid("service", "rainn"));
    expect(hubUuid("service", "childhelp")).not.toBe(hubUuid("organization", "childhelp"));
    expect(isUuid(hubUuid("service", "childhelp"))).toBe(true);
    expect(hubUuid("service", "childhelp")[14]).toBe("5");
  });

  it("refuse a namespace that is not a UUID", () => {
    expect(() => uuidV5("x", "not-a-uuid")).toThrow(/not a UUID/);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { loadHub } from "../../src/build/load-hub.ts";
import { hsdsOrganizations, hsdsServices } from "../../src/publish/hsds.ts";
import { hubUuid, isUuid } from "../../src/publish/uuid.ts";
import type { Hub } from "../../src/view/hub.ts";
import { cause, hubOf, resource } from "../helpers/records.ts";

let hub: Hub;
beforeAll(async () => {
  hub = await loadHub({ dataDir: "_data", today: "2026-12-01" });
});

const serviceNamed = (id: string) => {
  const service = hsdsServices(hub).find((s) => s.id === hubUuid("service", id));
  if (!service) throw new Error(`no service for ${id}`);
  return service;
};

/** A hub of one helpline with the given fields. */
function smallHub(extra: Parameters<typeof resource>[3]): Hub {
  return hubOf({ causes: [cause("a")], resources: [resource("line", ["a"], true, extra)] });
}

describe("the HSDS export", () => {
  it("has every resource as a service with the fields HSDS requires, and its organization", () => {
    const services = hsdsServices(hub);
    expect(services).toHaveLength(hub.resources.length);
    for (const service of services) {
      expect(service).toMatchObject({ name: expect.any(String), status: "active" });
      expect(service.organization).toMatchObject({ name: expect.any(String), description: expect.any(String) });
      expect(service.organization_id).toBe(service.organization.id);
      for (const phone of service.phones) expect(phone.number).toMatch(/^(\+\d{8,15}|\d{3,6})$/);
    }
  });

  it("gives everything a UUID, unique, derived from the hub's own ids", () => {
    const ids: string[] = [];
    const collect = (value: unknown, key = ""): void => {
      if (Array.isArray(value)) for (const item of value) collect(item);
      else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) collect(v, k);
      else if (key === "id") ids.push(String(value));
    };
    collect(hsdsServices(hub).map(({ organization, ...service }) => service));
    collect(hsdsOrganizations(hub).map(({ services, ...organization }) => organization));
    expect(ids.length).toBeGreaterThan(50);
    for (const id of ids) expect(isUuid(id), id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(serviceNamed("childhelp").name).toBe("Childhelp National Child Abuse Hotline");
  });

  it("publishes Childhelp's number as its digits, for calls and texts, with the spelling people know", () => {
    const phones = serviceNamed("childhelp").phones;
    expect(phones.map((p) => [p.number, p.type])).toEqual([
      ["+18004224453", "voice"],
      ["+18004224453", "text"],
    ]);
    expect(phones[0]?.description).toContain("1-800-4-A-CHILD");
    expect(serviceNamed("childhelp").interpretation_services).toMatch(/170 languages/);
  });

  it("publishes short codes as the digits people dial, never as a +1 number, and says they are short codes", () => {
    const [text] = serviceNamed("crisis-text-line").phones;
    expect(text).toMatchObject({ number: "741741", type: "text" });
    expect(text?.description).toMatch(/“HOME”.*short code/);
    expect(serviceNamed("988-lifeline").phones.map((p) => [p.number, p.type])).toEqual([
      ["988", "voice"],
      ["988", "text"],
      ["988", "text"],
    ]);
    expect(JSON.stringify(hsdsServices(hub))).not.toMatch(/\+1(988|741741)\b/);
  });

  it("marks TTY lines as textphones and keeps a text line's own language", () => {
    const dv = serviceNamed("domestic-violence-hotline").phones;
    expect(dv.find((p) => p.number === "+18007873224")?.type).toBe("textphone");
    const ayuda = serviceNamed("988-lifeline").phones.find((p) => p.description.includes("AYUDA"));
    expect(ayuda?.languages.map((l) => [l.code, l.name])).toEqual([["es", "Spanish"]]);
  });

  it("keeps a line that is not open around the clock in its own local time, naming the time zone", () => {
    const [schedule] = serviceNamed("nami-helpline").schedules;
    expect(schedule).toMatchObject({ freq: "WEEKLY", byday: "MO,TU,WE,TH,FR", opens_at: "10:00", closes_at: "22:00" });
    expect(schedule?.notes).toContain("America/New_York");
    expect(serviceNamed("childhelp").schedules).toEqual([
      expect.objectContaining({ byday: "MO,TU,WE,TH,FR,SA,SU", opens_at: "00:00", closes_at: "23:59" }),
    ]);
  });

  it("lists Crisis Text Line's WhatsApp as a web address, not as a phone that takes calls or SMS", () => {
    const service = serviceNamed("crisis-text-line");
    expect(service.phones.map((p) => p.number)).not.toContain("+14422983263");
    expect(service.application_process).toContain("WhatsApp 1-442-298-3263: https://wa.me/14422983263");
  });

  it("publishes a videophone number as a video phone, and a video call page as a web address", () => {
    const small = smallHub({
      channels: [
        { type: "call", shortCode: "988" },
        { type: "videophone", shortCode: "988", url: "https://line.example.org/asl" },
      ],
    });
    const [service] = hsdsServices(small);
    expect(service?.phones.map((p) => [p.number, p.type, p.description])).toEqual([
      ["988", "voice", expect.stringContaining("Call 988.")],
      ["988", "video", expect.stringContaining("Videophone 988.")],
    ]);
    expect(service?.application_process).toContain("Video call in sign language: https://line.example.org/asl");
  });

  it("keeps what a line is not for in its description", () => {
    expect(serviceNamed("childhelp").description).toContain("It is not a line for reporting abuse");
  });

  it("lists an organization that runs two resources once, with both services", () => {
    const small = hubOf({
      causes: [cause("a")],
      resources: [
        resource("line", ["a"], true, { organization: "Same Org" }),
        resource("other", ["a"], false, { organization: "Same Org" }),
      ],
    });
    const organizations = hsdsOrganizations(small);
    expect(organizations).toHaveLength(1);
    expect(organizations[0]?.services.map((s) => s.name)).toEqual(["Resource line", "Resource other"]);
    expect(hsdsServices(small).map((s) => s.organization.id)).toEqual([organizations[0]?.id, organizations[0]?.id]);
  });
});

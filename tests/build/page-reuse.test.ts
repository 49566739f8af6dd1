import { describe, expect, it } from "vitest";
import { pageKey } from "../../src/build/page-reuse.ts";

/** A page's key with a fresh memory of keys, as a build from nothing makes it. */
const keyOf = (page: object) => pageKey(page, new WeakMap());

const help = { lines: [{ id: "childhelp", number: "+18004224453" }], floor: "Call 911" };
const page = (overrides: object = {}) => ({ title: "A story", help, related: [{ url: "/stories/b/" }], ...overrides });

describe("a story page's key, which decides whether a later build renders it again", () => {
  it("is the same for the same content, whichever objects hold it", () => {
    expect(keyOf(page())).toBe(keyOf(structuredClone(page())));
  });

  it("changes when anything the page shows changes, however deep", () => {
    const moved = { ...help, lines: [{ id: "childhelp", number: "+18004224454" }] };
    expect(keyOf(page({ help: moved }))).not.toBe(keyOf(page()));
    expect(keyOf(page({ related: [{ url: "/stories/c/" }] }))).not.toBe(keyOf(page()));
    expect(keyOf(page({ title: "A story, edited" }))).not.toBe(keyOf(page()));
  });

  it("reads a view as JSON does: fields left undefined count for nothing", () => {
    expect(keyOf(page({ textLang: undefined }))).toBe(keyOf(page()));
  });

  it("tells apart values that only look alike once written", () => {
    expect(keyOf({ a: [1] })).not.toBe(keyOf({ a: { 0: 1 } }));
    expect(keyOf({ a: `#${keyOf({ b: 1 })}` })).not.toBe(keyOf({ a: { b: 1 } }));
    expect(keyOf({ a: null })).not.toBe(keyOf({ a: "null" }));
  });

  it("sees a change in a helpline's view inside the help that stories share, the same objects or not", () => {
    const line = (number: string) => ({
      id: "childhelp",
      channelViews: [{ type: "call", number }],
      channelsInOrder: [{ type: "call", number }],
    });
    const shared = { lines: [{ resource: line("+18004224453"), reason: "For child abuse" }], organizations: [] };
    const talkNow = { lines: [{ resource: shared.lines[0]?.resource, channel: { type: "call" } }] };
    const story = (help: object, strip: object = talkNow) => ({ title: "A story", help, talkNow: strip });
    // One key for the same content, whether the help is the object another page holds or a copy.
    const keys = new WeakMap();
    expect(pageKey(story({ ...shared, report: "a" }), keys)).toBe(
      keyOf(story(structuredClone({ ...shared, report: "a" }))),
    );
    expect(pageKey(story({ ...shared, report: "b" }), keys)).not.toBe(pageKey(story({ ...shared, report: "a" }), keys));
    const changed = { ...shared, lines: [{ resource: line("+18004224454"), reason: "For child abuse" }] };
    expect(keyOf(story(changed))).not.toBe(keyOf(story(shared)));
    expect(keyOf(story(shared, { lines: [] }))).not.toBe(keyOf(story(shared)));
    expect(keyOf(story({ ...shared, lines: [{ ...shared.lines[0], reason: "Chosen for this story" }] }))).not.toBe(
      keyOf(story(shared)),
    );
  });
});

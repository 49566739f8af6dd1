import { describe, expect, it } from "vitest";
import type { Hours } from "../../src/model/hours.ts";
import { alwaysOpenChannel, primaryChannel } from "../../src/model/reach.ts";
import type { Channel } from "../../src/model/resource.ts";

const weekdays: Hours = {
  kind: "weekly",
  timeZone: "America/New_York",
  periods: [{ days: ["mon"], opens: "10:00", closes: "22:00" }],
};
const call: Channel = { type: "call", number: "+18009506264" };
const text: Channel = { type: "text", shortCode: "62640", keyword: "helpline" };
const chat: Channel = { type: "chat", url: "https://chat.example.org/" };

describe("reaching a line", () => {
  it("offers a line's first call as its button, its first text when it takes no calls, nothing for chat only", () => {
    expect(primaryChannel({ channels: [chat, text, call] })).toBe(call);
    expect(primaryChannel({ channels: [chat, text] })).toBe(text);
    expect(primaryChannel({ channels: [chat] })).toBeUndefined();
  });

  it("counts a line as open 24/7 only by a call or text that answers around the clock", () => {
    expect(alwaysOpenChannel({ channels: [text, call], hours: { kind: "always" } })).toBe(call);
    expect(alwaysOpenChannel({ channels: [call, text], hours: weekdays })).toBeUndefined();
    expect(alwaysOpenChannel({ channels: [chat], hours: { kind: "always" } })).toBeUndefined();
  });

  it("lets a channel's own hours win over the line's", () => {
    const allDayText: Channel = { ...text, hours: { kind: "always" } };
    expect(alwaysOpenChannel({ channels: [call, allDayText], hours: weekdays })).toBe(allDayText);
    const weekdayCall: Channel = { ...call, hours: weekdays };
    expect(alwaysOpenChannel({ channels: [weekdayCall, text], hours: { kind: "always" } })).toBe(text);
  });
});

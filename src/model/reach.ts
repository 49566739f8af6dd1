import type { Hours } from "./hours.ts";
import type { Channel } from "./resource.ts";

/** A call or a text: the ways anyone can reach a person from any phone, with no data plan or app. */
export type CallOrText = Extract<Channel, { type: "call" | "text" }>;

/** What the functions below need to know of a line: a resource, or a line outside the US. */
export interface Reachable {
  channels: readonly Channel[];
  /** The line's own hours; a channel's hours, where it has them, win. */
  hours?: Hours | undefined;
}

export function isCallOrText(channel: Channel): channel is CallOrText {
  return channel.type === "call" || channel.type === "text";
}

/**
 * The way to reach a line from a one-tap button: its first call, or its first text when it takes
 * no calls. `undefined` for an organization with neither.
 * @example primaryChannel(childhelp) // { type: "call", number: "+18004224453", ... }
 */
export function primaryChannel(line: Reachable): CallOrText | undefined {
  return line.channels.find((c) => c.type === "call") ?? line.channels.find(isCallOrText);
}

/**
 * The call or text that answers around the clock, a call before a text, or `undefined` when no
 * call or text does. This is what "a 24/7 line" means everywhere on the hub: the floor under
 * every page (src/view/help-floor.ts) and the check on `helpNow` (src/data/validate.ts).
 */
export function alwaysOpenChannel(line: Reachable): CallOrText | undefined {
  const open = line.channels.filter(isCallOrText).filter((c) => (c.hours ?? line.hours)?.kind === "always");
  return open.find((c) => c.type === "call") ?? open[0];
}

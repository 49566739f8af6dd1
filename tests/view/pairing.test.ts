import { describe, expect, it } from "vitest";
import { type Resource, resourceSchema } from "../../src/model/resource.ts";
import { type Story, storySchema } from "../../src/model/story.ts";
import { indexResources, pairStory } from "../../src/view/pairing.ts";
import * as make from "../helpers/records.ts";

const resource = (id: string, causes: string[], crisisLine: boolean, name = id): Resource =>
  resourceSchema.parse(make.resource(id, causes, crisisLine, { name }));
const story = (causes: string[], extra: Partial<Story> = {}): Story =>
  storySchema.parse(make.story("s", causes, extra));

const resources = [
  resource("org-abuse", ["abuse"], false, "Abuse Org"),
  resource("line-assault", ["assault"], true, "Assault Line"),
  resource("line-abuse", ["abuse"], true, "Abuse Line"),
  resource("line-both", ["abuse", "assault"], true, "Both Line"),
  resource("line-mind", ["mind"], true, "Mind Line"),
  resource("org-reform", ["reform"], false, "Reform Org"),
];
const index = indexResources(resources);
const ids = (s: Story) => pairStory(s, index).map((m) => m.resource.id);

describe("pairing a story with help", () => {
  it("puts crisis lines before organizations, and lines for the story's first cause first", () => {
    expect(ids(story(["abuse", "assault"]))).toEqual(["line-both", "line-abuse", "line-assault", "org-abuse"]);
    expect(ids(story(["assault", "abuse"]))).toEqual(["line-both", "line-assault", "line-abuse", "org-abuse"]);
  });

  it("leaves out resources for causes the story does not touch", () => {
    expect(ids(story(["reform"]))).toEqual(["org-reform"]);
  });

  it("shows pinned resources first, in the order pinned, even from other causes", () => {
    expect(ids(story(["abuse"], { pinnedResources: ["org-reform", "line-mind"] }))).toEqual([
      "org-reform",
      "line-mind",
      "line-abuse",
      "line-both",
      "org-abuse",
    ]);
  });

  it("never shows an excluded resource", () => {
    expect(ids(story(["abuse", "assault"], { excludedResources: ["line-both", "org-abuse"] }))).toEqual([
      "line-abuse",
      "line-assault",
    ]);
  });

  it("gives every match its reason: the causes it matches, or the pin", () => {
    const matches = pairStory(story(["abuse", "assault"], { pinnedResources: ["line-mind"] }), index);
    expect(matches.map((m) => m.reason)).toEqual([
      { kind: "pinned" },
      { kind: "causes", causeIds: ["abuse", "assault"] },
      { kind: "causes", causeIds: ["abuse"] },
      { kind: "causes", causeIds: ["assault"] },
      { kind: "causes", causeIds: ["abuse"] },
    ]);
  });

  it("gives the same order whatever order the resources were loaded in", () => {
    const shuffled = indexResources([...resources].reverse());
    const s = story(["abuse", "assault", "mind", "reform"]);
    expect(pairStory(s, shuffled).map((m) => m.resource.id)).toEqual(ids(s));
  });

  it("breaks ties between equally good resources by name", () => {
    const tied = indexResources([resource("b", ["x"], true, "Beta"), resource("a", ["x"], true, "Alpha")]);
    expect(pairStory(story(["x"]), tied).map((m) => m.resource.id)).toEqual(["a", "b"]);
  });

  it("lists first, on a topic's page, the lines that name the topic first among their causes", () => {
    const topic = (id: string) => index.byCause.get(id)?.map((r) => r.id);
    // "Both Line" sorts first by name, but names assault second.
    expect(topic("assault")).toEqual(["line-assault", "line-both"]);
    expect(topic("abuse")).toEqual(["line-abuse", "line-both", "org-abuse"]);
  });
});

import { describe, expect, it } from "vitest";
import {
  e164Problem,
  formatPhone,
  shortCodeProblem,
  smsHref,
  telHref,
  vanityMatches,
  vanitySchema,
  vanityToDigits,
} from "../../src/model/phone.ts";

describe("phone numbers", () => {
  it("accepts the helpline numbers people rely on", () => {
    for (const number of ["+18004224453", "+18006564673", "+18007997233", "+18008435678"]) {
      expect(e164Problem(number)).toBeUndefined();
    }
  });

  it("refuses the retired suicide prevention number and names what replaced it", () => {
    expect(e164Problem("+18002738255")).toMatch(/retired.*988/);
  });

  it("refuses a number with a digit missing", () => {
    expect(e164Problem("+1800422445")).toMatch(/not a valid phone number/);
  });

  it("refuses letters, spaces and a missing plus", () => {
    expect(e164Problem("+1800422445a")).toMatch(/digits only/);
    expect(e164Problem("+1 800 422 4453")).toMatch(/digits only/);
    expect(e164Problem("18004224453")).toMatch(/\+ then digits/);
  });

  it("refuses a short code written as if it were a phone number", () => {
    expect(e164Problem("+1741741")).toBeDefined();
    expect(shortCodeProblem("741741")).toBeUndefined();
    expect(shortCodeProblem("98")).toMatch(/3 to 6 digits/);
    expect(shortCodeProblem("9 8 8")).toMatch(/3 to 6 digits/);
  });

  it("shows North American numbers the way people write them", () => {
    expect(formatPhone("+18004224453")).toBe("1-800-422-4453");
    expect(formatPhone("988")).toBe("988");
    expect(formatPhone("+442079460000")).toBe("+44 20 7946 0000");
  });

  it("checks a vanity spelling against the digits it dials", () => {
    expect(vanityToDigits("1-800-4-A-CHILD")).toBe("18004224453");
    expect(vanityMatches("1-800-4-A-CHILD", "+18004224453")).toBe(true);
    expect(vanityMatches("800-656-HOPE", "+18006564673")).toBe(true);
    expect(vanityMatches("1-800-THE-LOST", "+18008435678")).toBe(true);
    expect(vanityMatches("1-800-4-D-CHILD", "+18004224453")).toBe(false);
    expect(vanityMatches("800-656-HOPE", "+18006564674")).toBe(false);
  });

  it("accepts a number written as people dial it in its own country, trunk prefix included", () => {
    expect(e164Problem("+442079460123")).toBeUndefined();
    expect(vanityMatches("020 7946 0123", "+442079460123")).toBe(true);
    expect(vanityMatches("+44 20 7946 0123", "+442079460123")).toBe(true);
    expect(vanityMatches("(800) 422-4453", "+18004224453")).toBe(true);
    expect(vanityMatches("020 7946 0124", "+442079460123")).toBe(false);
  });

  it("refuses a spelling with anything a keypad does not have, such as a right-to-left override", () => {
    const messages = (value: string) => vanitySchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];
    expect(messages("1-800-4-A-CHILD")).toEqual([]);
    expect(messages("1-800-\u202EDLIHC-A-4")).toEqual([
      "contains U+202E RIGHT-TO-LEFT OVERRIDE; a spelling of a number holds only letters A to Z, digits, spaces and - . ( ) +, so delete it",
    ]);
    expect(messages("１-800-HOPE")).toEqual([
      'contains U+FF11 "１"; a spelling of a number holds only letters A to Z, digits, spaces and - . ( ) +, so delete it',
    ]);
  });

  it("links calls with the digits and texts with the keyword already typed", () => {
    expect(telHref("+18004224453")).toBe("tel:+18004224453");
    expect(telHref("988")).toBe("tel:988");
    expect(smsHref("741741", "HOME")).toBe("sms:741741?&body=HOME");
    expect(smsHref("+18004224453")).toBe("sms:+18004224453");
  });
});

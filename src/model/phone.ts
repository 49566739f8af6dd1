import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { z } from "zod";
import { describeCharacter, findCharacterIssue } from "./characters.ts";

/**
 * Helpline numbers are safety-critical, so they are stored once, as digits, and everything a
 * visitor sees or taps is derived from those digits:
 * - `number` is a full international number in E.164 form (`+18004224453`), checked against
 *   libphonenumber's full metadata (the `max` build checks number patterns, not only lengths);
 * - `shortCode` is a 3 to 6 digit code that only works inside one country (`988`, `741741`).
 *   Public datasets often write short codes as if they were phone numbers (`+1741741`), which
 *   dials nothing; keeping them in their own field makes that mistake impossible to miss.
 */

/** Numbers that once were helplines and must never be shown as current. */
export const RETIRED_NUMBERS: Readonly<Record<string, string>> = {
  "+18002738255":
    '1-800-273-8255 was the National Suicide Prevention Lifeline; since July 2022 it is the 988 Suicide & Crisis Lifeline (shortCode: "988")',
};

const E164 = /^\+[1-9]\d{6,14}$/;
const SHORT_CODE = /^\d{3,6}$/;

/** Why `value` cannot be stored as an E.164 number, or `undefined` when it can. */
export function e164Problem(value: string): string | undefined {
  if (!E164.test(value)) {
    return "must be a full international number: + then digits only, no spaces or letters (e.g. +18004224453)";
  }
  const retired = RETIRED_NUMBERS[value];
  if (retired) return `is a retired number: ${retired}`;
  const parsed = parsePhoneNumberFromString(value);
  if (!parsed?.isValid() || parsed.number !== value) {
    return "is not a valid phone number (check the number of digits and the country code)";
  }
  return undefined;
}

/** Why `value` cannot be stored as a short code, or `undefined` when it can. */
export function shortCodeProblem(value: string): string | undefined {
  if (!SHORT_CODE.test(value)) return "must be 3 to 6 digits with nothing else (e.g. 988 or 741741)";
  return undefined;
}

/**
 * The digits as people in the number's own country write them.
 * @example formatPhone("+18004224453") // "1-800-422-4453"
 * @example formatPhone("988") // "988"
 */
export function formatPhone(digits: string): string {
  if (!digits.startsWith("+")) return digits;
  const parsed = parsePhoneNumberFromString(digits);
  if (!parsed) throw new Error(`formatPhone: ${digits} is not a phone number`);
  if (parsed.countryCallingCode === "1") {
    const n = parsed.nationalNumber;
    return `1-${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`;
  }
  return parsed.formatInternational();
}

const KEYPAD: Readonly<Record<string, string>> = {
  A: "2",
  B: "2",
  C: "2",
  D: "3",
  E: "3",
  F: "3",
  G: "4",
  H: "4",
  I: "4",
  J: "5",
  K: "5",
  L: "5",
  M: "6",
  N: "6",
  O: "6",
  P: "7",
  Q: "7",
  R: "7",
  S: "7",
  T: "8",
  U: "8",
  V: "8",
  W: "9",
  X: "9",
  Y: "9",
  Z: "9",
};

/**
 * What a phone keypad dials for a vanity spelling.
 * @example vanityToDigits("1-800-4-A-CHILD") // "18004224453"
 */
export function vanityToDigits(vanity: string): string {
  return [...vanity.toUpperCase()]
    .map((c) => KEYPAD[c] ?? c)
    .join("")
    .replace(/\D/g, "");
}

/**
 * A vanity spelling must dial exactly the stored number, so a typo in either is caught. It may be
 * written as people in the number's country dial it: with the country code (1-800-4-A-CHILD),
 * without it (800-656-HOPE), or in the national format with its trunk prefix (the British
 * 020 7946 0123 for +442079460123).
 */
export function vanityMatches(vanity: string, digits: string): boolean {
  const dialled = vanityToDigits(vanity);
  if (!digits.startsWith("+")) return dialled === digits;
  const parsed = parsePhoneNumberFromString(digits);
  if (!parsed) return false;
  const national = parsed.format("NATIONAL").replace(/\D/g, "");
  return [`${parsed.countryCallingCode}${parsed.nationalNumber}`, parsed.nationalNumber, national].includes(dialled);
}

/** What a keypad spelling is made of: letters A to Z, digits, and spaces, hyphens, dots, brackets and a plus between them. */
const KEYPAD_SPELLING = /^[A-Za-z0-9 ().+-]+$/;

/**
 * The spelling of a number people know ("1-800-4-A-CHILD"), shown beside the call button. It is
 * checked against the digits (`vanityMatches`), and may hold only what a keypad has: anything
 * else, such as a right-to-left override that shows 1-800-DLIHC-A-4, would show visitors a
 * number other than the one they dial.
 */
export const vanitySchema = z
  .string({ error: 'must be the spelling in quotes, e.g. "1-800-4-A-CHILD"' })
  .overwrite((text) => text.normalize("NFC"))
  .trim()
  .superRefine((text, ctx) => {
    const allowed = "letters A to Z, digits, spaces and - . ( ) +";
    const issue = findCharacterIssue(text, { lineBreaks: false });
    const odd = issue?.char ?? [...text].find((char) => !KEYPAD_SPELLING.test(char));
    if (odd !== undefined) {
      ctx.addIssue({
        code: "custom",
        message: `contains ${describeCharacter(odd)}; a spelling of a number holds only ${allowed}, so delete it`,
      });
    } else if (!/\d/.test(text) || text.length > 30) {
      ctx.addIssue({
        code: "custom",
        message: 'must be a number as people write it, e.g. "1-800-4-A-CHILD" (at most 30 characters)',
      });
    }
  });

/** The `tel:` link for a number or short code: `tel:+18004224453`, `tel:988`. */
export function telHref(digits: string): string {
  return `tel:${digits}`;
}

/**
 * The `sms:` link, with the keyword a line asks for already typed in the message.
 * `?&body=` is the form both iOS (which reads `&body=`) and Android (which reads `?body=`) accept.
 */
export function smsHref(digits: string, keyword?: string): string {
  return keyword ? `sms:${digits}?&body=${encodeURIComponent(keyword)}` : `sms:${digits}`;
}

/**
 * WhatsApp's own link to start a chat with a number: `https://wa.me/14422983263`, the digits
 * without the plus (https://faq.whatsapp.com/5913398998672934). It opens the app; the hub loads
 * nothing from WhatsApp.
 */
export function whatsappHref(e164: string): string {
  return `https://wa.me/${e164.replace(/^\+/, "")}`;
}

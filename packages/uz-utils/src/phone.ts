/**
 * Mobile operator codes in Uzbekistan (the two digits after 998): Beeline 90/91,
 * Ucell 93/94/50, Uzmobile 95/99/77, Mobiuz 97/88, Perfectum 98, Humans 33,
 * OQ 20, Uztelecom 55. SMS cannot reach landlines (71, 6x…), so those are refused.
 */
export const UZ_MOBILE_CODES = [
  "20",
  "33",
  "50",
  "55",
  "77",
  "88",
  "90",
  "91",
  "93",
  "94",
  "95",
  "97",
  "98",
  "99",
]

/** `+998 90 123-45-67` → `******4567`: the only form a phone number may take in logs. */
export function maskPhone(phone: string): string {
  const digits = String(phone ?? "").replace(/\D/g, "")
  if (digits.length <= 4) {
    return "****"
  }
  return `${"*".repeat(digits.length - 4)}${digits.slice(-4)}`
}

/**
 * Normalises an Uzbek mobile number to `998XXXXXXXXX` (12 digits, no `+`), the
 * form Eskiz (`mobile_phone`) and PlayMobile (`recipient`, `^998[0-9]{9}$`) take
 * (uz-providers spec §3, §4). Accepts `+998…`, `998…`, `00998…`, `8 90…` and the
 * 9-digit national form, with spaces, dashes, dots and brackets.
 * Throws {@link InvalidPhoneNumberError} for anything else.
 */
export function normalizeUzPhone(input: string): string {
  const raw = String(input ?? "").trim()
  if (!/^[+\d\s().-]+$/.test(raw)) {
    throw invalid(raw)
  }
  let digits = raw.replace(/\D/g, "")
  if (digits.startsWith("00998")) {
    digits = digits.slice(2)
  } else if (digits.length === 10 && digits.startsWith("8")) {
    // Old trunk prefix: 8 90 123 45 67.
    digits = `998${digits.slice(1)}`
  } else if (digits.length === 9) {
    digits = `998${digits}`
  }
  if (
    !/^998\d{9}$/.test(digits) ||
    !UZ_MOBILE_CODES.includes(digits.slice(3, 5))
  ) {
    throw invalid(raw)
  }
  return digits
}

/** A number that is not an Uzbek mobile number; its message masks the number. */
export class InvalidPhoneNumberError extends Error {
  readonly name = "InvalidPhoneNumberError"
}

function invalid(raw: string) {
  return new InvalidPhoneNumberError(
    `Phone number ${maskPhone(raw)} is not a valid Uzbek mobile number (expected +998 and a mobile operator code, e.g. +998 90 123 45 67).`
  )
}

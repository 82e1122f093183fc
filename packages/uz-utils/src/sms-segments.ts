/**
 * SMS segment counting (3GPP TS 23.038). Text that fits the GSM 03.38 default
 * alphabet is sent as GSM-7: 160 characters in one SMS, 153 per part when
 * concatenated; characters of the extension table (`{ } [ ] \ ~ ^ | €` and form
 * feed) take two septets. Anything else (Cyrillic, `ʻ`, emoji…) forces UCS-2:
 * 70 UTF-16 code units in one SMS, 67 per part.
 */
const GSM7_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
const GSM7_EXTENDED = "\f^{}\\[~]|€"

const basic = new Set(Array.from(GSM7_BASIC))
const extended = new Set(Array.from(GSM7_EXTENDED))

export type SmsEncoding = "GSM-7" | "UCS-2"

export type SmsSegments = {
  encoding: SmsEncoding
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number
  segments: number
}

/** Counts the encoding and number of SMS parts `text` is sent as. */
export function countSmsSegments(text: string): SmsSegments {
  let septets = 0
  let gsm = true
  for (const ch of Array.from(text)) {
    if (basic.has(ch)) {
      septets += 1
    } else if (extended.has(ch)) {
      septets += 2
    } else {
      gsm = false
      break
    }
  }
  if (gsm) {
    return {
      encoding: "GSM-7",
      units: septets,
      segments:
        septets === 0 ? 0 : septets <= 160 ? 1 : Math.ceil(septets / 153),
    }
  }
  const units = text.length
  return {
    encoding: "UCS-2",
    units,
    segments: units <= 70 ? 1 : Math.ceil(units / 67),
  }
}

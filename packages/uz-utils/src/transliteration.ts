/**
 * Uzbek Latin ↔ Cyrillic transliteration (issue #11), pure and dependency-free.
 *
 * - `cyrillicToLatin` / `latinToCyrillic` follow the 1995 Uzbek Latin alphabet
 *   (oʻ, gʻ with U+02BB, sh, ch, ng, yo/yu/ya, ts, ʼ for the tutuq belgisi).
 *   Russian-only letters (ы, щ, э, ь) are mapped too, so Russian words survive.
 * - `searchKey` is what search compares: lower case Latin with the oʻ/gʻ
 *   apostrophes and the tutuq belgisi dropped, because shoppers type "ozbek"
 *   and "o'zbek" and "oʻzbek" for the same word, and a full-text parser splits
 *   a word at an apostrophe. Both the indexed text and the query go through it,
 *   so a query in either script finds a product written in the other.
 */

/** Every character shoppers use for the oʻ/gʻ mark and the tutuq belgisi. */
const APOSTROPHES = /[\u02BB\u02BC\u2018\u2019'`\u00B4]/g

const VOWELS_CYR = new Set("аеёиоуўэюяыАЕЁИОУЎЭЮЯЫ".split(""))

const CYR_TO_LAT: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "j",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "x",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "\u02BC",
  ы: "i",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  ў: "o\u02BB",
  қ: "q",
  ғ: "g\u02BB",
  ҳ: "h",
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

/** Applies the case of the source letter to its (possibly multi-letter) output. */
function withCase(out: string, source: string, next: string | undefined) {
  if (!out || !isUpper(source)) {
    return out
  }
  // "ШАҲАР" → "SHAHAR", "Шаҳар" → "Shahar".
  if (next && isUpper(next)) {
    return out.toUpperCase()
  }
  return out.charAt(0).toUpperCase() + out.slice(1)
}

export function cyrillicToLatin(text: string): string {
  let result = ""
  const chars = Array.from(text)
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]
    const lower = ch.toLowerCase()
    const mapped = CYR_TO_LAT[lower]
    if (mapped === undefined) {
      result += ch
      continue
    }
    let out = mapped
    if (lower === "е") {
      // "е" is "ye" at the start of a word and after a vowel or a sign.
      const prev = chars[i - 1]
      const atWordStart = !prev || !/\p{L}/u.test(prev)
      if (atWordStart || VOWELS_CYR.has(prev) || /[ъьЪЬ]/.test(prev)) {
        out = "ye"
      }
    }
    result += withCase(out, ch, chars[i + 1])
  }
  return result
}

/** Latin sequences, longest first; matched case-insensitively. */
const LAT_TO_CYR: [string, string][] = [
  ["shch", "щ"],
  ["o\u02BB", "ў"],
  ["g\u02BB", "ғ"],
  ["sh", "ш"],
  ["ch", "ч"],
  ["yo", "ё"],
  ["yu", "ю"],
  ["ya", "я"],
  ["ye", "е"],
  ["ts", "ц"],
  ["a", "а"],
  ["b", "б"],
  ["d", "д"],
  ["e", "е"],
  ["f", "ф"],
  ["g", "г"],
  ["h", "ҳ"],
  ["i", "и"],
  ["j", "ж"],
  ["k", "к"],
  ["l", "л"],
  ["m", "м"],
  ["n", "н"],
  ["o", "о"],
  ["p", "п"],
  ["q", "қ"],
  ["r", "р"],
  ["s", "с"],
  ["t", "т"],
  ["u", "у"],
  ["v", "в"],
  ["x", "х"],
  ["y", "й"],
  ["z", "з"],
  ["c", "к"],
  ["w", "в"],
  ["\u02BC", "ъ"],
]

/**
 * Latin to Cyrillic. The oʻ/gʻ mark may be written with any apostrophe; an
 * apostrophe elsewhere is the tutuq belgisi (ъ). "e" at the start of a word is
 * "э"; "ts" is read as "ц" (the rare "t"+"s" across a morpheme boundary is
 * ambiguous in Latin script and not worth a dictionary here).
 */
export function latinToCyrillic(text: string): string {
  // One apostrophe character, so the table can match it.
  const normalized = text
    .replace(/([oOgG])[\u02BB\u2018\u2019'`\u00B4]/g, "$1\u02BB")
    .replace(/[\u02BC'\u2019`]/g, "\u02BC")
  let result = ""
  let i = 0
  while (i < normalized.length) {
    const rest = normalized.slice(i).toLowerCase()
    const entry = LAT_TO_CYR.find(([latin]) => rest.startsWith(latin))
    if (!entry) {
      result += normalized[i]
      i += 1
      continue
    }
    const [latin, cyr] = entry
    const source = normalized[i]
    const prev = normalized[i - 1]
    const atWordStart = !prev || !/\p{L}/u.test(prev)
    let out = cyr
    if (latin === "e" && atWordStart) {
      out = "э"
    }
    if (isUpper(source)) {
      out = out.toUpperCase()
    }
    result += out
    i += latin.length
  }
  return result
}

/**
 * The form search compares: Cyrillic transliterated to Latin, lower case,
 * oʻ → o, gʻ → g, apostrophes dropped, whitespace collapsed.
 */
export function searchKey(text: string | null | undefined): string {
  if (!text) {
    return ""
  }
  return cyrillicToLatin(text.normalize("NFC"))
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(/\s+/g, " ")
    .trim()
}

/** Whether the text holds any Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return /\p{Script=Cyrillic}/u.test(text)
}

import { searchKey } from "@bozor/uz-utils"

/**
 * Uzbek ↔ Russian words for the same thing, in search-key form (Latin,
 * folded), so they apply after the query is transliterated. Used as
 * Meilisearch synonyms; the PostgreSQL provider has no synonym support.
 */
const GROUPS: string[][] = [
  ["qozon", "kazan"],
  ["choy", "chay"],
  ["non", "lepyoshka", "khleb"],
  ["guruch", "ris"],
  ["gilam", "kovyor"],
  ["qurut", "kurt"],
  ["piyola", "piala"],
  ["choynak", "chaynik"],
]

export function searchSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const group of GROUPS) {
    const keys = group.map((word) => searchKey(word))
    for (const key of keys) {
      out[key] = keys.filter((other) => other !== key)
    }
  }
  return out
}

import type * as MeilisearchModule from "meilisearch" with {
  "resolution-mode": "import",
}

export type MeilisearchExports = typeof MeilisearchModule

let loading: Promise<MeilisearchExports> | undefined

/**
 * `meilisearch` ships as an ES module only, so it is loaded with a dynamic
 * `import()` (kept as such by TypeScript's `Node16` module output), once per
 * process.
 */
export function loadMeilisearch(): Promise<MeilisearchExports> {
  if (!loading) {
    loading = import("meilisearch")
    // A failed load is retried on the next call.
    loading.catch(() => (loading = undefined))
  }
  return loading
}

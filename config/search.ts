import { env, optional, optionalNumber } from "./env"

/**
 * Medusa's Search Module: PostgreSQL (built in, nothing else to run) is the
 * default; SEARCH_PROVIDER=meilisearch with MEILISEARCH_HOST switches the
 * indexes to Meilisearch. PostgreSQL stays registered so a switch can drop the
 * previous engine's indexes during `db:migrate`.
 */
export function searchModules(searchPluginEnabled: boolean) {
  const provider = env.SEARCH_PROVIDER || "postgres"
  if (provider !== "postgres" && provider !== "meilisearch") {
    throw new Error(
      `SEARCH_PROVIDER must be postgres or meilisearch (got "${provider}").`
    )
  }
  if (provider === "meilisearch" && !env.MEILISEARCH_HOST) {
    throw new Error("SEARCH_PROVIDER=meilisearch needs MEILISEARCH_HOST.")
  }
  if (provider === "meilisearch" && !searchPluginEnabled) {
    throw new Error(
      "SEARCH_PROVIDER=meilisearch needs the search plugin (it is in BOZOR_DISABLED_PLUGINS)."
    )
  }
  return [
    {
      resolve: "@medusajs/medusa/search",
      options: {
        // Provider identifiers (their `static identifier`), not registration ids.
        default_provider:
          provider === "meilisearch" ? "meilisearch" : "search-postgres",
        index_prefix: optional("SEARCH_INDEX_PREFIX"),
        providers: [
          {
            // Medusa's PostgreSQL provider, its answers cached (issue #17);
            // Medusa's own when the search plugin is disabled.
            resolve: searchPluginEnabled
              ? "@bozor/medusa-search/providers/search-postgres"
              : "@medusajs/medusa/search-postgres",
            id: "postgres",
            // Medusa's default text search config ("english", the only one its
            // migration creates). The matched text is Uzbek/Russian folded to
            // Latin, which it leaves nearly untouched; another language needs a
            // `medusa_search_<language>` config created in the database first.
            options: {
              ...(env.SEARCH_POSTGRES_LANGUAGE && {
                language: env.SEARCH_POSTGRES_LANGUAGE,
              }),
              ...(env.SEARCH_CACHE_TTL !== undefined && {
                cacheTtl: optionalNumber("SEARCH_CACHE_TTL"),
              }),
            },
          },
          ...(env.MEILISEARCH_HOST && searchPluginEnabled
            ? [
                {
                  resolve: "@bozor/medusa-search/providers/search-meilisearch",
                  id: "meilisearch",
                  options: {
                    host: env.MEILISEARCH_HOST,
                    apiKey: optional("MEILISEARCH_API_KEY"),
                    timeoutMs: optionalNumber("MEILISEARCH_TIMEOUT_MS"),
                  },
                },
              ]
            : []),
        ],
      },
    },
  ]
}

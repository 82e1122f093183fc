import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { CachedPostgresSearchService } from "./service"

/**
 * Medusa's PostgreSQL search provider with its answers kept in Medusa's
 * caching module (issue #17). Registered in place of
 * `@medusajs/medusa/search-postgres`, with the same identifier, so existing
 * indexes keep their provider.
 */
export default ModuleProvider(Modules.SEARCH, {
  services: [CachedPostgresSearchService],
})

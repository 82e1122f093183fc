import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchService } from "./service"

/**
 * Meilisearch search provider for Medusa's Search Module (issue #11). Selected
 * with SEARCH_PROVIDER=meilisearch + MEILISEARCH_HOST (see medusa-config.ts).
 */
export default ModuleProvider(Modules.SEARCH, {
  services: [MeilisearchSearchService],
})

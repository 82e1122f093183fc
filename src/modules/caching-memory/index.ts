import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { CopyingMemoryCachingProvider } from "./service"

/** The store's in-memory caching provider (config/infrastructure.ts). */
export default ModuleProvider(Modules.CACHING, {
  services: [CopyingMemoryCachingProvider],
})

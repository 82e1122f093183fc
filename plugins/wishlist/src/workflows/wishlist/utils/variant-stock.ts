import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CHANNEL_LOCATION_TAGS, cachedRead } from "./read-cache"

/**
 * The `product_variant` fields stock is decided from: Medusa's variant
 * availability reads the same (inventory items, their required quantity and
 * their levels per location), but as whole entities in queries of its own.
 */
export const VARIANT_STOCK_FIELDS = [
  "manage_inventory",
  "allow_backorder",
  "inventory_items.required_quantity",
  "inventory_items.inventory.location_levels.location_id",
  "inventory_items.inventory.location_levels.stocked_quantity",
  "inventory_items.inventory.location_levels.reserved_quantity",
  "inventory_items.inventory.location_levels.available_quantity",
]

export type VariantStockData = {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_items?: {
    required_quantity: number
    inventory?: {
      location_levels?: { location_id: string; available_quantity: number }[]
    } | null
  }[]
}

/**
 * The stock locations that serve a sales channel; `cached` reads through
 * Medusa's caching module, cleared when a location is linked or unlinked.
 */
export async function salesChannelLocationIds(
  container: MedusaContainer,
  sales_channel_id: string,
  { cached = false }: { cached?: boolean } = {}
): Promise<Set<string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "sales_channel_locations",
      fields: ["stock_location_id"],
      filters: { sales_channel_id },
    },
    cached ? cachedRead(CHANNEL_LOCATION_TAGS) : undefined
  )
  return new Set(
    (data as { stock_location_id: string }[]).map((l) => l.stock_location_id)
  )
}

/**
 * Whether a variant can be bought in a channel served by `locationIds`: not
 * inventory-managed, backorderable, or at least one unit available. The unit
 * count is Medusa's `getVariantAvailability`: per inventory item, what the
 * channel's locations have available divided by the quantity one unit needs;
 * the smallest of these; none without inventory items.
 */
export function isVariantInStock(
  variant: VariantStockData,
  locationIds: Set<string>
) {
  if (!variant.manage_inventory || variant.allow_backorder) {
    return true
  }
  const links = variant.inventory_items ?? []
  if (!links.length) {
    return false
  }
  const units = links.map((link) => {
    const available = (link.inventory?.location_levels ?? []).reduce(
      (sum, level) =>
        locationIds.has(level.location_id)
          ? sum + (Number(level.available_quantity) || 0)
          : sum,
      0
    )
    return Math.floor(available / link.required_quantity)
  })
  return Math.min(...units) > 0
}

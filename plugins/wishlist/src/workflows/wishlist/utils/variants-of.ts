import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

const ids = (data: { id?: string | string[] } | undefined) =>
  [data?.id].flat().filter((id): id is string => typeof id === "string")

/** Variants whose price set holds the prices of a pricing event. */
export async function variantsOfPrices(
  container: MedusaContainer,
  data: { id?: string | string[] }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const priceIds = ids(data)
  if (!priceIds.length) return []
  const { data: prices } = await query.graph({
    entity: "price",
    fields: ["id", "price_set_id"],
    filters: { id: priceIds },
    withDeleted: true,
  })
  const priceSetIds = [
    ...new Set((prices as any[]).map((p) => p.price_set_id).filter(Boolean)),
  ]
  if (!priceSetIds.length) return []
  const { data: links } = await query.graph({
    entity: "product_variant_price_set",
    fields: ["variant_id"],
    filters: { price_set_id: priceSetIds },
  })
  return [...new Set((links as any[]).map((l) => l.variant_id))]
}

/** Variants stocked by the inventory items of an inventory-level event. */
export async function variantsOfInventoryLevels(
  container: MedusaContainer,
  data: { id?: string | string[] }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const levelIds = ids(data)
  if (!levelIds.length) return []
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["id", "inventory_item_id"],
    filters: { id: levelIds },
  })
  const itemIds = [
    ...new Set((levels as any[]).map((l) => l.inventory_item_id)),
  ]
  if (!itemIds.length) return []
  const { data: links } = await query.graph({
    entity: "product_variant_inventory_item",
    fields: ["variant_id"],
    filters: { inventory_item_id: itemIds },
  })
  return [...new Set((links as any[]).map((l) => l.variant_id))]
}

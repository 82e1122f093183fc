import {
  toCamelCase,
  toPascalCase,
  upperCaseFirst,
} from "@medusajs/framework/utils"

/**
 * How long a wishlist read stays in Medusa's caching module at most, in
 * seconds. Entries are cleared by Medusa's own events long before; the TTL
 * only bounds a read that raced a change (read before the change committed,
 * stored after its event cleared the tags).
 */
export const WISHLIST_READ_TTL = 60

/**
 * The tag Medusa's caching strategy clears for every created, updated,
 * deleted, restored, attached or detached `entity` (an event
 * `<module>.<entity>.<action>` clears `<Entity>:list:*`).
 */
export const listTag = (entity: string) =>
  `${upperCaseFirst(toCamelCase(entity))}:list:*`

/**
 * The list tag of a module link stored in `table`: its events are
 * `Link<Table>.attached` / `.detached` (link-modules' entity name).
 */
export const linkListTag = (table: string) =>
  listTag(toPascalCase(`Link_${table}`))

/**
 * `query.graph` options that read through Medusa's caching module (memory or
 * Redis, whichever the store configures; a plain read when it is off). The
 * entry carries the tags computed from the data (every entity whose `id` is
 * selected) and `tags`, the lists of entities and links the data depends on
 * without showing their ids: any change to one of them clears it.
 */
export function cachedRead(tags: string[]) {
  return {
    cache: {
      enable: true,
      tags,
      computeAutomaticTags: true,
      ttl: WISHLIST_READ_TTL,
    },
  }
}

/** What a variant's stock depends on (inventory, its links, the variant). */
export const STOCK_TAGS = [
  listTag("product-variant"),
  listTag("inventory-item"),
  listTag("inventory-level"),
  listTag("reservation-item"),
  linkListTag("product_variant_inventory_item"),
]

/** What a calculated price depends on (prices, price lists and their rules). */
export const PRICE_TAGS = [
  listTag("product-variant"),
  listTag("product"),
  listTag("price-set"),
  listTag("price"),
  listTag("price-rule"),
  listTag("price-list"),
  listTag("price-list-rule"),
  linkListTag("product_variant_price_set"),
]

/** What a customer's groups depend on (membership rows, groups). */
export const CUSTOMER_GROUP_TAGS = [
  listTag("customer-group"),
  listTag("customer-group-customer"),
]

/** What a sales channel's stock locations depend on. */
export const CHANNEL_LOCATION_TAGS = [
  linkListTag("sales_channel_stock_location"),
]

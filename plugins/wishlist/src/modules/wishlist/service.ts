import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager, Knex } from "@medusajs/framework/mikro-orm/knex"
import { Wishlist } from "./models/wishlist"
import { WishlistItem } from "./models/wishlist-item"
import { WishlistAlert } from "./models/wishlist-alert"
import { decideAlerts } from "./decide-alerts"
import { validateWishlistOptions } from "./loaders/validate-options"
import type { ItemObservation, WishlistModuleOptions } from "./types"
import {
  AlertStateRow,
  countAlerts,
  lockAlertStates,
  updateAlertStates,
} from "./utils/alert-states"
import {
  itemRowsQuery,
  WishlistItemRow,
  WishlistRow,
  wishlistRowQuery,
} from "./utils/item-rows"
import {
  WatchedItemKey,
  watchedItemPageQuery,
  WatchedItemPageInput,
  WatchedItemRow,
  watchedItemsQuery,
} from "./utils/watched-items"

const item_id_of = (a: { item_id?: string; item?: { id: string } }) =>
  a.item_id ?? a.item!.id

export default class WishlistModuleService extends MedusaService({
  Wishlist,
  WishlistItem,
  WishlistAlert,
}) {
  protected readonly options_: Required<WishlistModuleOptions>

  constructor(
    container: Record<string, unknown>,
    options: WishlistModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    // Validated at start-up by the module's loader; parsed again for defaults.
    this.options_ = validateWishlistOptions(options)
  }

  /**
   * A wishlist's items, oldest first, as plain rows: the storefront reads
   * them on every view, so without ORM entities.
   */
  @InjectManager()
  async listItemRows(
    wishlist_id: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<WishlistItemRow[]> {
    return await itemRowsQuery(sharedContext.manager!.getKnex(), wishlist_id)
  }

  /**
   * A customer's wishlist in a sales channel as a plain row, or null: the
   * storefront reads it on every view (issue #17: the ORM's list cost more
   * than the query).
   */
  @InjectManager()
  async findWishlistRow(
    actor: { customer_id: string; sales_channel_id: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<WishlistRow | null> {
    return (
      (await wishlistRowQuery(sharedContext.manager!.getKnex(), actor)) ?? null
    )
  }

  /**
   * One keyset page of watched items (an alert switched on): their ids and
   * variants, in (variant, id) order, after `after`.
   */
  @InjectManager()
  async listWatchedItemPage(
    input: WatchedItemPageInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<WatchedItemKey[]> {
    if (input.variant_ids?.length === 0) {
      return []
    }
    return await watchedItemPageQuery(sharedContext.manager!.getKnex(), input)
  }

  /** Watched items with their owner and channel, by ids or by variants. */
  @InjectManager()
  async listWatchedItems(
    input: { item_ids?: string[]; variant_ids?: string[] },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<WatchedItemRow[]> {
    if (input.item_ids?.length === 0 || input.variant_ids?.length === 0) {
      return []
    }
    return await watchedItemsQuery(sharedContext.manager!.getKnex(), input)
  }

  /**
   * Records what alert checks saw and creates the alerts that follow, under
   * row locks so that concurrent checks of one item decide once. Reads and
   * writes plain rows: the alert job runs this for every watched item.
   */
  @InjectTransactionManager()
  async recordObservations(
    observations: ItemObservation[],
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    if (!observations.length) {
      return []
    }
    // The ORM's transaction, used as plain knex (bound parameters).
    const trx =
      sharedContext.transactionManager!.getTransactionContext<Knex.Transaction>()!
    const ids = [...new Set(observations.map((o) => o.item_id))].sort()
    const items: AlertStateRow[] = await lockAlertStates(trx, ids)
    const byId = new Map(items.map((i) => [i.id, i]))
    const alertCounts = await countAlerts(trx, ids)
    const sequence = (itemId: string, kind: string) =>
      (alertCounts.get(`${itemId}:${kind}`) ?? 0) + 1

    const updates: AlertStateRow[] = []
    const alerts: Record<string, unknown>[] = []
    for (const seen of observations) {
      const item = byId.get(seen.item_id)
      if (!item) {
        continue
      }
      const decision = decideAlerts(
        item,
        seen,
        now,
        this.options_.alertCooldownMs
      )
      if (Object.keys(decision.update).length) {
        updates.push({ ...item, ...decision.update })
      }
      for (const alert of decision.alerts) {
        alerts.push({
          item_id: item.id,
          kind: alert.kind,
          idempotency_key: `${alert.kind}:${item.id}:${sequence(item.id, alert.kind)}`,
          customer_id: item.customer_id,
          product_variant_id: item.product_variant_id,
          price: alert.price ?? null,
          previous_price: alert.previous_price ?? null,
          currency_code: item.currency_code,
        })
      }
    }
    if (updates.length) {
      await updateAlertStates(trx, updates)
    }
    if (!alerts.length) {
      return []
    }
    const created = await this.createWishlistAlerts(
      alerts as any[],
      sharedContext
    )
    return created.map((a) => ({
      id: a.id,
      kind: a.kind,
      item_id: item_id_of(a),
    }))
  }

  /** Most wishlisted variants (with their product), for merchandising. */
  @InjectManager()
  async topWishlistedVariants(
    { limit, offset }: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const knex = sharedContext.manager!.getKnex()
    const base = knex("wishlist_item").whereNull("deleted_at")
    const rows = await base
      .clone()
      .select("product_variant_id", "product_id")
      .countDistinct({ count: "wishlist_id" })
      .groupBy("product_variant_id", "product_id")
      .orderBy([
        { column: "count", order: "desc" },
        { column: "product_variant_id", order: "asc" },
      ])
      .limit(limit)
      .offset(offset)
    const [{ total }] = await base
      .clone()
      .countDistinct({ total: "product_variant_id" })
    return {
      variants: rows.map((r: any) => ({
        product_variant_id: r.product_variant_id,
        product_id: r.product_id,
        count: Number(r.count),
      })),
      count: Number(total),
    }
  }

  /** Most wishlisted products, counting each wishlist once per product. */
  @InjectManager()
  async topWishlistedProducts(
    { limit }: { limit: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const knex = sharedContext.manager!.getKnex()
    const rows = await knex("wishlist_item")
      .whereNull("deleted_at")
      .select("product_id")
      .countDistinct({ count: "wishlist_id" })
      .groupBy("product_id")
      .orderBy([
        { column: "count", order: "desc" },
        { column: "product_id", order: "asc" },
      ])
      .limit(limit)
    return rows.map((r: any) => ({
      product_id: r.product_id,
      count: Number(r.count),
    }))
  }
}

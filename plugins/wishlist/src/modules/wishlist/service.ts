import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Wishlist } from "./models/wishlist"
import { WishlistItem } from "./models/wishlist-item"
import { WishlistAlert } from "./models/wishlist-alert"
import { decideAlerts } from "./decide-alerts"
import { validateWishlistOptions } from "./loaders/validate-options"
import type { ItemObservation, WishlistModuleOptions } from "./types"

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
   * Records what alert checks saw and creates the alerts that follow, under
   * row locks so that concurrent checks of one item decide once.
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
    const ids = [...new Set(observations.map((o) => o.item_id))].sort()
    await sharedContext.transactionManager!.execute(
      `SELECT id FROM wishlist_item WHERE id IN (${ids.map(() => "?").join(",")}) ORDER BY id FOR UPDATE`,
      ids
    )
    const items = await this.listWishlistItems(
      { id: ids },
      { relations: ["wishlist"] },
      sharedContext
    )
    const byId = new Map(items.map((i) => [i.id, i]))
    const previousAlerts = await this.listWishlistAlerts(
      { item_id: ids },
      { select: ["id", "kind", "item_id"] },
      sharedContext
    )
    const sequence = (itemId: string, kind: string) =>
      previousAlerts.filter((a) => a.item_id === itemId && a.kind === kind)
        .length + 1

    const updates: Record<string, unknown>[] = []
    const alerts: Record<string, unknown>[] = []
    for (const seen of observations) {
      const item = byId.get(seen.item_id)
      if (!item) {
        continue
      }
      const decision = decideAlerts(
        {
          price_when_added: item.price_when_added ?? null,
          price_drop_alert: item.price_drop_alert,
          target_price: item.target_price ?? null,
          back_in_stock_alert: item.back_in_stock_alert,
          observed_price: item.observed_price ?? null,
          observed_in_stock: item.observed_in_stock ?? null,
          last_price_alert_at: item.last_price_alert_at ?? null,
          last_stock_alert_at: item.last_stock_alert_at ?? null,
        },
        seen,
        now,
        this.options_.alertCooldownMs
      )
      if (Object.keys(decision.update).length) {
        updates.push({ id: item.id, ...decision.update })
      }
      for (const alert of decision.alerts) {
        alerts.push({
          item_id: item.id,
          kind: alert.kind,
          idempotency_key: `${alert.kind}:${item.id}:${sequence(item.id, alert.kind)}`,
          customer_id: item.wishlist.customer_id,
          product_variant_id: item.product_variant_id,
          price: alert.price ?? null,
          previous_price: alert.previous_price ?? null,
          currency_code: item.currency_code,
        })
      }
    }
    if (updates.length) {
      await this.updateWishlistItems(updates as any, sharedContext)
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

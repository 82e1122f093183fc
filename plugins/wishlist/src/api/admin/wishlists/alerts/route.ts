import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WISHLIST_MODULE } from "../../../../modules/wishlist"
import type WishlistModuleService from "../../../../modules/wishlist/service"
import type { AdminGetWishlistAlertsType } from "../validators"

type Row = Record<string, any>

/**
 * GET /admin/wishlists/alerts — the price-drop and back-in-stock alerts
 * decided, newest first, with the product, variant and customer they concern.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetWishlistAlertsType>,
  res: MedusaResponse
) {
  const { limit, offset, kind } = req.validatedQuery
  const service: WishlistModuleService = req.scope.resolve(WISHLIST_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const [alerts, count] = await service.listAndCountWishlistAlerts(
    kind ? { kind } : {},
    {
      take: limit,
      skip: offset,
      order: { created_at: "DESC", id: "DESC" },
    }
  )

  const variantIds = [...new Set(alerts.map((a) => a.product_variant_id))]
  const customerIds = [...new Set(alerts.map((a) => a.customer_id))]
  const [{ data: variants }, { data: customers }] = await Promise.all([
    variantIds.length
      ? query.graph({
          entity: "product_variant",
          fields: ["id", "title", "sku", "product.id", "product.title"],
          filters: { id: variantIds },
          withDeleted: true,
        })
      : { data: [] },
    customerIds.length
      ? query.graph({
          entity: "customer",
          fields: ["id", "email", "first_name", "last_name"],
          filters: { id: customerIds },
          withDeleted: true,
        })
      : { data: [] },
  ])
  const variantById = new Map((variants as Row[]).map((v) => [v.id, v]))
  const customerById = new Map((customers as Row[]).map((c) => [c.id, c]))

  res.json({
    alerts: alerts.map((alert) => {
      const variant = variantById.get(alert.product_variant_id)
      const customer = customerById.get(alert.customer_id)
      return {
        id: alert.id,
        kind: alert.kind,
        customer_id: alert.customer_id,
        customer_email: customer?.email ?? null,
        customer_name:
          [customer?.first_name, customer?.last_name]
            .filter(Boolean)
            .join(" ") || null,
        product_variant_id: alert.product_variant_id,
        product_id: variant?.product?.id ?? null,
        product_title: variant?.product?.title ?? null,
        variant_title: variant?.title ?? null,
        sku: variant?.sku ?? null,
        price: alert.price === null ? null : Number(alert.price),
        previous_price:
          alert.previous_price === null ? null : Number(alert.previous_price),
        currency_code: alert.currency_code,
        notified_at: alert.notified_at,
        created_at: alert.created_at,
      }
    }),
    count,
    limit,
    offset,
  })
}

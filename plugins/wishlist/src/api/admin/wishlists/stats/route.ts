import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WISHLIST_MODULE } from "../../../../modules/wishlist"
import type WishlistModuleService from "../../../../modules/wishlist/service"
import type { AdminGetWishlistStatsType } from "../validators"

/**
 * GET /admin/wishlists/stats — the most wishlisted variants and products,
 * with how many wishlists hold them.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetWishlistStatsType>,
  res: MedusaResponse
) {
  const { limit, offset } = req.validatedQuery
  const service: WishlistModuleService = req.scope.resolve(WISHLIST_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { variants, count } = await service.topWishlistedVariants({
    limit,
    offset,
  })
  const products = await service.topWishlistedProducts({ limit })

  const variantIds = variants.map((v) => v.product_variant_id)
  const productIds = [
    ...new Set([
      ...variants.map((v) => v.product_id),
      ...products.map((p) => p.product_id),
    ]),
  ]
  const [{ data: variantRows }, { data: productRows }] = await Promise.all([
    variantIds.length
      ? query.graph({
          entity: "product_variant",
          fields: ["id", "title", "sku"],
          filters: { id: variantIds },
        })
      : { data: [] },
    productIds.length
      ? query.graph({
          entity: "product",
          fields: ["id", "title", "handle"],
          filters: { id: productIds },
        })
      : { data: [] },
  ])
  const variantById = new Map((variantRows as any[]).map((v) => [v.id, v]))
  const productById = new Map((productRows as any[]).map((p) => [p.id, p]))

  res.json({
    variants: variants.map((v) => ({
      ...v,
      variant_title: variantById.get(v.product_variant_id)?.title ?? null,
      sku: variantById.get(v.product_variant_id)?.sku ?? null,
      product_title: productById.get(v.product_id)?.title ?? null,
    })),
    products: products.map((p) => ({
      ...p,
      title: productById.get(p.product_id)?.title ?? null,
      handle: productById.get(p.product_id)?.handle ?? null,
    })),
    count,
    limit,
    offset,
  })
}

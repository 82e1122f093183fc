import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { applyLoyaltyToCartWorkflow } from "../../../../../workflows/loyalty/apply-loyalty-to-cart"
import { removeLoyaltyFromCartWorkflow } from "../../../../../workflows/loyalty/remove-loyalty-from-cart"
import type { StoreApplyLoyaltyPointsType } from "./validators"

const cartFields = [
  "id",
  "currency_code",
  "total",
  "subtotal",
  "item_total",
  "shipping_total",
  "discount_total",
  "credit_line_total",
  "credit_lines.id",
  "credit_lines.amount",
  "credit_lines.reference",
  "credit_lines.reference_id",
]

async function refetchCart(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: cartFields,
    filters: { id },
  })
  return data[0]
}

/**
 * POST /store/carts/:id/loyalty — apply points to the customer's own cart
 * (a credit line; `loyalty.amount` is exactly what it takes off).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreApplyLoyaltyPointsType>,
  res: MedusaResponse
) {
  const { result } = await applyLoyaltyToCartWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      points: req.validatedBody.points,
    },
  })
  res.json({ cart: await refetchCart(req, req.params.id), loyalty: result })
}

/** DELETE /store/carts/:id/loyalty — take the points off the cart. */
export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  await removeLoyaltyFromCartWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      customer_id: req.auth_context.actor_id,
    },
  })
  res.json({ cart: await refetchCart(req, req.params.id) })
}

import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  CLICK_MODULE,
  type ClickModuleService,
} from "../../../../modules/click"
import type { AdminGetClickTransactionsParamsType } from "./validators"

/**
 * `GET /admin/click/transactions?order_id=`: the Click attempts of an order,
 * newest first, amounts in so'm. Attempts made on the order's cart before it
 * was paid (cancelled ones) are part of its log too.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetClickTransactionsParamsType>,
  res: MedusaResponse
) => {
  const { order_id, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { id: order_id },
  })
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${order_id} was not found`
    )
  }
  const { data: carts } = await query.graph({
    entity: "order_cart",
    fields: ["cart_id"],
    filters: { order_id },
  })
  const cartIds = carts.map((c: { cart_id: string }) => c.cart_id)

  const click: ClickModuleService = req.scope.resolve(CLICK_MODULE)
  const [rows, count] = await click.listAndCountClickTransactions(
    cartIds.length
      ? { $or: [{ order_id }, { cart_id: cartIds }] }
      : { order_id },
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )

  res.json({
    click_transactions: rows.map((row) => ({
      id: row.id,
      click_trans_id: row.click_trans_id,
      click_paydoc_id: row.click_paydoc_id,
      prepare_id: row.prepare_id,
      status: row.status,
      amount: MathBN.convert(row.amount).toFixed(),
      currency_code: row.currency_code,
      click_error: row.click_error ?? null,
      click_error_note: row.click_error_note ?? null,
      created_at: row.created_at,
      confirmed_at: row.confirmed_at ?? null,
      cancelled_at: row.cancelled_at ?? null,
      order_id: row.order_id ?? null,
    })),
    count,
    offset,
    limit,
  })
}

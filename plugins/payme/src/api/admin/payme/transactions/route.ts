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
  PAYME_MODULE,
  type PaymeModuleService,
} from "../../../../modules/payme"
import { fromTiyin } from "../../../../providers/payme/utils/amount"
import type { AdminGetPaymeTransactionsParamsType } from "./validators"

/**
 * `GET /admin/payme/transactions?order_id=`: the Payme transactions of an
 * order, newest first, amounts in so'm. Attempts made on the order's cart
 * before it was paid (cancelled ones) are part of its log too.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetPaymeTransactionsParamsType>,
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

  const payme: PaymeModuleService = req.scope.resolve(PAYME_MODULE)
  const [rows, count] = await payme.listAndCountPaymeTransactions(
    cartIds.length
      ? { $or: [{ order_id }, { cart_id: cartIds }] }
      : { order_id },
    { order: { create_time: "DESC" }, take: limit, skip: offset }
  )

  res.json({
    payme_transactions: rows.map((row) => {
      const tiyin = MathBN.convert(row.amount).toFixed(0)
      return {
        id: row.id,
        payme_id: row.payme_id,
        state: row.state,
        reason: row.reason ?? null,
        amount: fromTiyin(tiyin),
        amount_tiyin: Number(tiyin),
        currency_code: "uzs",
        create_time: row.create_time,
        perform_time: row.perform_time ?? null,
        cancel_time: row.cancel_time ?? null,
        order_id: row.order_id ?? null,
        payment_id: row.payment_id ?? null,
        refund_id: row.refund_id ?? null,
      }
    }),
    count,
    offset,
    limit,
  })
}

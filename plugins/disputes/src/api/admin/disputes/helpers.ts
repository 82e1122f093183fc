import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { OrderPaymentView } from "../../../workflows/disputes/types"
import { planRefund } from "../../../workflows/disputes/utils/refund-plan"
import { ADMIN_DISPUTE_DETAIL_FIELDS } from "./query-config"

type Timed = { created_at?: string | Date | null }
const byTime = (a: Timed, b: Timed) =>
  new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime()

/** A dispute as the merchant sees it: order, payments, all messages, history. */
export async function refetchAdminDispute(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "dispute",
    fields: ADMIN_DISPUTE_DETAIL_FIELDS,
    filters: { id },
  })
  const found = data[0] as Record<string, any> | undefined
  if (!found) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Dispute with id ${id} was not found.`
    )
  }
  const payments = (
    (found.order?.payment_collections ?? []) as {
      payments?: OrderPaymentView[] | null
    }[]
  )
    .flatMap((pc) => pc?.payments ?? [])
    .filter(Boolean)
  // The same plan the resolve workflow checks a refund against.
  const plan = planRefund(payments)
  return {
    ...found,
    /** Captured and not yet refunded over all the order's payments. */
    refundable_amount: Number(plan.refundable),
    /** The most one refund can take (a dispute refund is never split). */
    refundable_amount_one_payment: Number(plan.refundable_by_one),
    messages: ((found.messages ?? []) as Timed[]).filter(Boolean).sort(byTime),
    transitions: ((found.transitions ?? []) as Timed[])
      .filter(Boolean)
      .sort(byTime),
  }
}

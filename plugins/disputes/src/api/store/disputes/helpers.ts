import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { STORE_DISPUTE_DETAIL_FIELDS } from "./query-config"

type Timed = { created_at?: string | Date | null }
const byTime = (a: Timed, b: Timed) =>
  new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime()

/**
 * A customer's own dispute as the storefront shows it: public messages only,
 * oldest first, with its history. Another customer's dispute is "not found".
 */
export async function refetchStoreDispute(
  scope: MedusaContainer,
  id: string,
  customerId: string
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "dispute",
    fields: [...STORE_DISPUTE_DETAIL_FIELDS, "customer_id"],
    filters: { id, customer_id: customerId },
  })
  const found = data[0] as Record<string, any> | undefined
  if (!found) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Dispute with id ${id} was not found.`
    )
  }
  const { customer_id: _owner, messages, transitions, ...dispute } = found
  return {
    ...dispute,
    messages: ((messages ?? []) as Record<string, any>[])
      .filter((m) => m && m.visibility === "public")
      .sort(byTime),
    transitions: ((transitions ?? []) as Record<string, any>[])
      .filter(Boolean)
      .sort(byTime),
  }
}

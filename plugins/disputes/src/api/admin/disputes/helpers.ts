import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
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
  return {
    ...found,
    messages: ((found.messages ?? []) as Timed[]).filter(Boolean).sort(byTime),
    transitions: ((found.transitions ?? []) as Timed[])
      .filter(Boolean)
      .sort(byTime),
  }
}

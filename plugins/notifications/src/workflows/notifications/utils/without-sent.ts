import type {
  CreateNotificationDTO,
  RemoteQueryFunction,
} from "@medusajs/framework/types"

/**
 * Leaves out the notifications whose idempotency key already exists, so a
 * repeated event sends nothing twice. (Medusa's own resend path for a failed
 * key updates a row that does not exist, so keys are filtered here.)
 */
export async function withoutSent(
  query: Omit<RemoteQueryFunction, symbol>,
  candidates: CreateNotificationDTO[]
): Promise<CreateNotificationDTO[]> {
  const keys = candidates.map((c) => c.idempotency_key!)
  if (!keys.length) {
    return candidates
  }
  const { data: existing } = await query.graph({
    entity: "notification",
    fields: ["idempotency_key"],
    filters: { idempotency_key: keys },
  })
  const seen = new Set(
    (existing as { idempotency_key: string }[]).map((n) => n.idempotency_key)
  )
  return candidates.filter((c) => !seen.has(c.idempotency_key!))
}

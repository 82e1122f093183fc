import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DISPUTES_MODULE } from "../modules/disputes"
import type DisputesModuleService from "../modules/disputes/service"
import { flagOverdueDisputesWorkflow } from "../workflows/disputes/flag-overdue-disputes"

export const DISPUTES_OVERDUE_BATCH = 200
const HOUR_MS = 60 * 60 * 1000

/**
 * Flags disputes that waited longer than the SLA (`slaHours`) without a
 * merchant answer, batch by batch, and emits `dispute.overdue_flagged` for
 * each so the merchant is reminded. A flagged dispute is not flagged again.
 */
export default async function disputesFlagOverdue(
  container: MedusaContainer,
  at?: unknown
) {
  // Tests pass a time; Medusa's scheduler passes its own second argument.
  const now = at instanceof Date ? at : new Date()
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service: DisputesModuleService = container.resolve(DISPUTES_MODULE)
  const before = new Date(
    now.getTime() - service.getOptions().slaHours * HOUR_MS
  )
  let flagged = 0
  let failed = false
  for (;;) {
    try {
      const { result } = await flagOverdueDisputesWorkflow(container).run({
        input: { before, limit: DISPUTES_OVERDUE_BATCH },
      })
      flagged += result.length
      if (result.length < DISPUTES_OVERDUE_BATCH) break
    } catch (e) {
      failed = true
      logger.error(
        `[disputes] flagging overdue disputes failed after ${flagged}: ${(e as Error).message}`
      )
      break
    }
  }
  logger.info(
    `[disputes] flagged ${flagged} overdue disputes (waiting since before ${before.toISOString()})`
  )
  return { flagged, failed }
}

export const config = {
  name: "disputes-flag-overdue",
  schedule: "*/15 * * * *",
}

import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LOYALTY_MODULE } from "../modules/loyalty"
import type LoyaltyModuleService from "../modules/loyalty/service"
import { rebuildLoyaltySnapshotsWorkflow } from "../workflows/loyalty/rebuild-loyalty-snapshots"

const BATCH = 200

/**
 * Rebuilds loyalty snapshots from the ledger, after ledger rows were written
 * outside the module (an import, a repair):
 *
 *   npx medusa exec ./node_modules/@bozor/medusa-loyalty/.medusa/server/src/scripts/rebuild-loyalty-snapshots.js [customer ids…]
 *
 * With customer ids, rebuilds theirs (opening accounts as needed); without,
 * every account's, a batch at a time.
 */
export default async function rebuildLoyaltySnapshots({
  container,
  args,
}: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const rebuild = (customer_ids: string[]) =>
    rebuildLoyaltySnapshotsWorkflow(container).run({
      input: { customer_ids },
    })
  if (args?.length) {
    await rebuild(args)
    logger.info(`[loyalty] snapshots rebuilt: ${args.length} customers`)
    return
  }
  const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  let after = ""
  let count = 0
  for (;;) {
    const batch = await service.listLoyaltyAccounts(
      { id: { $gt: after } },
      { select: ["id", "customer_id"], order: { id: "ASC" }, take: BATCH }
    )
    if (!batch.length) break
    after = batch[batch.length - 1].id
    await rebuild(batch.map((a) => a.customer_id))
    count += batch.length
  }
  logger.info(`[loyalty] snapshots rebuilt: ${count} accounts`)
}

import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { rebuildLoyaltySnapshotsStep } from "./steps/rebuild-loyalty-snapshots"

export const rebuildLoyaltySnapshotsWorkflowId = "loyalty-rebuild-snapshots"

export type RebuildLoyaltySnapshotsWorkflowInput = {
  /** Customers whose snapshot is rebuilt (an account is opened if needed). */
  customer_ids: string[]
}

/** Recomputes customers' loyalty snapshots (balance, ledger totals) from the ledger. */
export const rebuildLoyaltySnapshotsWorkflow = createWorkflow(
  rebuildLoyaltySnapshotsWorkflowId,
  (input: RebuildLoyaltySnapshotsWorkflowInput) => {
    return new WorkflowResponse(rebuildLoyaltySnapshotsStep(input))
  }
)

import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { claimDueNotificationsStep } from "./steps/claim-due-notifications"

export const claimDueNotificationsWorkflowId =
  "notifications-claim-due-notifications"

/** Claims the scheduled notifications due at `now` (each for one caller only, even with several workers). */
export const claimDueNotificationsWorkflow = createWorkflow(
  claimDueNotificationsWorkflowId,
  (input: { now: Date; limit: number }) => {
    return new WorkflowResponse(claimDueNotificationsStep(input))
  }
)

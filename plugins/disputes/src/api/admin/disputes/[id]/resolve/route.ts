import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { recordDisputeRefundFailureWorkflow } from "../../../../../workflows/disputes/record-dispute-refund-failure"
import { resolveDisputeWorkflow } from "../../../../../workflows/disputes/resolve-dispute"
import { refundDisputePaymentsStepId } from "../../../../../workflows/disputes/steps/refund-dispute-payments"
import { refetchAdminDispute } from "../../helpers"
import type { AdminResolveDisputeType } from "../../validators"

/**
 * `POST /admin/disputes/:id/resolve`: `refund` (through the order's payment
 * provider) or `reject`. When the refund is refused the dispute keeps its
 * status, the reason is stored in `last_refund_error` and answered as a 400.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminResolveDisputeType>,
  res: MedusaResponse
) => {
  const { errors } = await resolveDisputeWorkflow(req.scope).run({
    input: {
      dispute_id: req.params.id,
      decision: req.validatedBody.decision,
      amount: req.validatedBody.amount,
      note: req.validatedBody.note,
      actor_id: req.auth_context.actor_id,
    },
    throwOnError: false,
  })
  if (errors?.length) {
    const refundError = errors.find(
      (e) => e.action === refundDisputePaymentsStepId
    )
    if (!refundError) {
      throw errors[0].error
    }
    const reason =
      (refundError.error as { message?: string } | undefined)?.message ??
      "unknown error"
    await recordDisputeRefundFailureWorkflow(req.scope).run({
      input: { dispute_id: req.params.id, error: reason },
    })
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The refund for dispute ${req.params.id} was refused: ${reason}`
    )
  }
  res.json({ dispute: await refetchAdminDispute(req.scope, req.params.id) })
}

import { timingSafeEqual } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { recordSmsDeliveryStatusWorkflow } from "../../../../workflows/notifications/record-sms-delivery-status"
import type { EskizStatusCallbackType } from "./validators"

function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== "string") {
    return false
  }
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * `POST /hooks/eskiz/status?secret=…`: Eskiz's delivery callback. Eskiz signs
 * nothing, so the URL carries a secret (`ESKIZ_CALLBACK_SECRET`) and the
 * `request_id` must match a message Bozor sent (spec §3).
 */
export const POST = async (
  req: MedusaRequest<EskizStatusCallbackType>,
  res: MedusaResponse
) => {
  const secret = process.env.ESKIZ_CALLBACK_SECRET
  if (!secret) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Eskiz callbacks are not enabled (ESKIZ_CALLBACK_SECRET is not set)."
    )
  }
  if (!sameSecret(req.query.secret, secret)) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "Invalid callback secret."
    )
  }
  const body = req.validatedBody
  const { result } = await recordSmsDeliveryStatusWorkflow(req.scope).run({
    input: {
      request_id: body.request_id,
      status: body.status,
      status_date: body.status_date,
      sms_count: body.sms_count,
    },
  })
  res.json({ notification_delivery: result })
}

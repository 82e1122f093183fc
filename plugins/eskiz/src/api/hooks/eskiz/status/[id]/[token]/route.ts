import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reportEskizDeliveryStatusWorkflow } from "../../../../../../workflows/eskiz/report-eskiz-delivery-status"
import type { EskizStatusCallbackType } from "./validators"

/**
 * `POST /hooks/eskiz/status/:id/:token`: Eskiz's delivery callback for the
 * notification `:id`. Eskiz signs nothing (uz-providers spec §3), so each SMS
 * is sent with its own callback URL whose token (an HMAC of the id) the
 * middleware has checked; the body's `request_id` must be the Eskiz request
 * that notification was sent as. The status is reported as the
 * `notification.delivery_status_reported` event, recorded by its subscribers.
 */
export const POST = async (
  req: MedusaRequest<EskizStatusCallbackType>,
  res: MedusaResponse
) => {
  const body = req.validatedBody
  const { result } = await reportEskizDeliveryStatusWorkflow(req.scope).run({
    input: {
      notification_id: req.params.id,
      request_id: body.request_id,
      status: body.status,
      status_date: body.status_date,
      sms_count: body.sms_count,
    },
  })
  res.json({ delivery_status: result })
}

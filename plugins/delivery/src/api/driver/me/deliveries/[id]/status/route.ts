import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateDeliveryStatusWorkflow } from "../../../../../../workflows/deliveries/update-delivery-status"
import { driverIdOf } from "../../../../../utils"
import { service } from "../../../../../views"
import type { DriverDeliveryStatusBodyType } from "../../../../validators"

/**
 * POST /driver/me/deliveries/:id/status — picked_up, in_transit, delivered
 * or failed (with a reason), in that order; Medusa's fulfillment follows.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<DriverDeliveryStatusBodyType>,
  res: MedusaResponse
) {
  const driver_id = driverIdOf(req)
  await updateDeliveryStatusWorkflow(req.scope).run({
    input: {
      delivery_id: req.params.id,
      status: req.validatedBody.status,
      reason: req.validatedBody.reason ?? null,
      driver_id,
      actor_type: "driver",
      actor_id: driver_id,
    },
  })
  res.json({
    delivery: await service(req.scope).retrieveDelivery(req.params.id),
  })
}

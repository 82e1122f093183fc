import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { recordDriverLocationWorkflow } from "../../../../workflows/drivers/record-driver-location"
import { driverIdOf } from "../../../utils"
import type { DriverLocationType } from "../../validators"

/**
 * POST /driver/me/location — the app's current position. At most one per
 * `locationMinIntervalMs` per driver: a faster one gets 429 with
 * Retry-After and is not stored.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<DriverLocationType>,
  res: MedusaResponse
) {
  const driver_id = driverIdOf(req)
  const { result } = await recordDriverLocationWorkflow(req.scope).run({
    input: {
      driver_id,
      point: { ...req.validatedBody, recorded_at: new Date() },
    },
  })
  if (!result.accepted) {
    res.setHeader(
      "Retry-After",
      String(Math.max(1, Math.ceil(result.retry_after_ms / 1000)))
    )
    res.status(429).json({
      type: "too_many_requests",
      message: `Locations are accepted at most every ${result.retry_after_ms} ms.`,
    })
    return
  }
  res.status(202).json({ accepted: true })
}

import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The signed-in driver's id (actor `driver`). */
export function driverIdOf(req: AuthenticatedMedusaRequest): string {
  const id = req.auth_context?.actor_id
  if (!id) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "A registered driver is required."
    )
  }
  return id
}

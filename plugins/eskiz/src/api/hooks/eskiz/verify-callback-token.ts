import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ESKIZ_MODULE } from "../../../modules/eskiz"
import type EskizModuleService from "../../../modules/eskiz/service"

/**
 * Authenticates an Eskiz delivery callback by the per-message token in its
 * path (`/hooks/eskiz/status/:id/:token`, token = HMAC of the notification
 * id), before the body is even validated: a wrong or missing token is a 401
 * whatever the body.
 */
export function verifyEskizCallbackToken(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const eskiz: EskizModuleService = req.scope.resolve(ESKIZ_MODULE)
  if (!eskiz.isCallbackToken(req.params.id, req.params.token)) {
    return next(
      new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        "Invalid Eskiz callback token."
      )
    )
  }
  next()
}

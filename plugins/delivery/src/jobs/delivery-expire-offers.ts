import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { dispatchDeliveryWorkflow } from "../workflows/deliveries/dispatch-delivery"
import { expireDeliveryOffersWorkflow } from "../workflows/deliveries/expire-delivery-offers"

/**
 * Offers nobody answered within `offerTimeoutSeconds` expire; their
 * deliveries are offered to the next nearest driver (with `autoDispatch`).
 */
export default async function deliveryExpireOffers(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const {
    result: { closed, reopened },
  } = await expireDeliveryOffersWorkflow(container).run({
    input: { now: new Date() },
  })
  let reoffered = 0
  let failed = 0
  if (service.getOptions().autoDispatch) {
    for (const id of reopened) {
      try {
        const { result } = await dispatchDeliveryWorkflow(container).run({
          input: { delivery_id: id, actor_type: "system" },
        })
        reoffered += result.length ? 1 : 0
      } catch (e) {
        failed++
        logger.error(
          `[delivery] re-offering delivery ${id} failed: ${(e as Error).message}`
        )
      }
    }
  }
  if (closed) {
    logger.info(
      `[delivery] ${closed} offers expired, ${reopened.length} deliveries pending again, ${reoffered} re-offered, ${failed} failed`
    )
  }
  return { expired: closed, reopened, reoffered, failed }
}

export const config = {
  name: "delivery-expire-offers",
  schedule: "* * * * *",
}

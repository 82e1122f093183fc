import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"

/** Deletes location history older than `locationRetentionHours`. */
export default async function deliveryExpireLocations(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const hours = service.getOptions().locationRetentionHours
  // A plain delete of expired history (no business state): no workflow.
  const deleted = await service.expireLocations(
    new Date(Date.now() - hours * 3600_000)
  )
  logger.info(`[delivery] ${deleted} locations older than ${hours} h deleted`)
  return { deleted }
}

export const config = {
  name: "delivery-expire-locations",
  schedule: "23 * * * *",
}

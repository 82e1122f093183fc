import type { MedusaContainer } from "@medusajs/framework/types"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"

/** The delivery module's service from a step's container. */
export const deliveryService = (container: Pick<MedusaContainer, "resolve">) =>
  container.resolve<DeliveryModuleService>(DELIVERY_MODULE)

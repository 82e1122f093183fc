import { MedusaService } from "@medusajs/framework/utils"
import { PushDevice } from "./models/push-device"

/** Customers' registered push devices (FCM registration tokens). */
class PushDevicesModuleService extends MedusaService({ PushDevice }) {}

export default PushDevicesModuleService

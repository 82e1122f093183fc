import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import DeliveryModule from "../modules/delivery"

/** A delivery's fulfillment, read-only through `delivery.fulfillment_id`. */
export default defineLink(
  { linkable: DeliveryModule.linkable.delivery, field: "fulfillment_id" },
  FulfillmentModule.linkable.fulfillment,
  { readOnly: true }
)

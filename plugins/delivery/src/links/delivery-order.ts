import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import DeliveryModule from "../modules/delivery"

/** A delivery's order, read-only through `delivery.order_id` (no link table). */
export default defineLink(
  { linkable: DeliveryModule.linkable.delivery, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)

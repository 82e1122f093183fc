import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import DisputesModule from "../modules/disputes"

/** Read-only: `dispute.order_id` holds the order id. */
export default defineLink(
  {
    linkable: DisputesModule.linkable.dispute,
    field: "order_id",
    isList: false,
  },
  OrderModule.linkable.order,
  { readOnly: true }
)

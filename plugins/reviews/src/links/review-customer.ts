import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ReviewsModule from "../modules/reviews"

/** Read-only: `review.customer_id` holds the customer id. */
export default defineLink(
  {
    linkable: ReviewsModule.linkable.review,
    field: "customer_id",
    isList: false,
  },
  CustomerModule.linkable.customer,
  { readOnly: true }
)

import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../modules/reviews/events"
import { REVIEW_ALL_FIELDS } from "./fields"
import { recomputeReviewStatsStep } from "./steps/recompute-review-stats"
import { upsertCustomerReviewStep } from "./steps/upsert-customer-review"
import { validateReviewProductStep } from "./steps/validate-review-product"

export const createReviewWorkflowId = "reviews-create-review"

export type CreateReviewWorkflowInput = {
  product_id: string
  /** The authenticated customer (`auth_context.actor_id`). */
  customer_id: string
  rating: number
  title?: string | null
  content: string
  media?: string[] | null
}

type OrderWithItems = {
  status?: string | null
  items?: ({ product_id?: string | null } | null)[] | null
}

/**
 * Writes the customer's review of a product: creates it, or edits the one
 * they already have (back to pending unless auto-approval is on). Marks it
 * a verified purchase when one of the customer's orders contains the product.
 */
export const createReviewWorkflow = createWorkflow(
  createReviewWorkflowId,
  (input: CreateReviewWorkflowInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "status"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "reviews-load-product" })

    const { data: customers } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "first_name", "last_name"],
      filters: { id: input.customer_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "reviews-load-customer" })

    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "status", "items.product_id"],
      filters: { customer_id: input.customer_id },
    }).config({ name: "reviews-load-customer-orders" })

    const product = transform({ products }, ({ products }) => products[0])
    validateReviewProductStep({ product_id: input.product_id, product })

    const upsertInput = transform(
      { input, customers, orders },
      ({ input, customers, orders }) => {
        const customer = customers[0]
        const first = customer?.first_name?.trim()
        const last = customer?.last_name?.trim()
        const author_name = first
          ? last
            ? `${first} ${last.charAt(0)}.`
            : first
          : null
        const verified_purchase = (orders as OrderWithItems[]).some(
          (order) =>
            order.status !== "canceled" &&
            (order.items ?? []).some(
              (item) => item?.product_id === input.product_id
            )
        )
        return {
          product_id: input.product_id,
          customer_id: input.customer_id,
          author_name,
          rating: input.rating,
          title: input.title ?? null,
          content: input.content,
          media: input.media ?? null,
          verified_purchase,
        }
      }
    )

    const result = upsertCustomerReviewStep(upsertInput)

    recomputeReviewStatsStep({ product_ids: [input.product_id] })

    const events = transform({ result }, ({ result }) => {
      const payload = {
        id: result.review.id,
        product_id: result.review.product_id,
        customer_id: result.review.customer_id,
      }
      return {
        created: result.created ? [payload] : [],
        updated: result.created ? [] : [payload],
        approved: result.review.status === "approved" ? [payload] : [],
      }
    })
    emitEventStep({
      eventName: ReviewEvents.CREATED,
      data: events.created,
    }).config({ name: "reviews-emit-created" })
    emitEventStep({
      eventName: ReviewEvents.UPDATED,
      data: events.updated,
    }).config({ name: "reviews-emit-updated" })
    emitEventStep({
      eventName: ReviewEvents.APPROVED,
      data: events.approved,
    }).config({ name: "reviews-emit-approved" })

    const reviewId = transform({ result }, ({ result }) => result.review.id)
    const { data: reviews } = useQueryGraphStep({
      entity: "review",
      fields: REVIEW_ALL_FIELDS,
      filters: { id: reviewId },
    }).config({ name: "refetch-review" })

    return new WorkflowResponse({
      review: transform({ reviews }, ({ reviews }) => reviews[0]),
      created: transform({ result }, ({ result }) => result.created),
    })
  }
)

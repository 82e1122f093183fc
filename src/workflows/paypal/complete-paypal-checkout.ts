import {
  acquireLockStep,
  completeCartWorkflow,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { PayPalEvents } from "../../modules/providers/paypal/events"
import { validatePayPalWebhookTargetStep } from "./steps/validate-paypal-webhook-target"

export const completePayPalCheckoutWorkflowId = "paypal-complete-checkout"

export type CompletePayPalCheckoutWorkflowInput = {
  /** The Medusa payment session id PayPal echoes as `custom_id`. */
  payment_session_id: string
  /** The PayPal event id (for tracing and the emitted event). */
  event_id: string
  paypal_order_id?: string | null
  /** PayPal amount string of the capture, when the event carries one. */
  amount?: string | null
  currency_code?: string | null
}

/**
 * Completes the cart of a PayPal payment session into an order after a
 * verified PayPal webhook, even when the storefront never calls complete.
 */
export const completePayPalCheckoutWorkflow = createWorkflow(
  completePayPalCheckoutWorkflowId,
  (input: CompletePayPalCheckoutWorkflowInput) => {
    const { data: sessions } = useQueryGraphStep({
      entity: "payment_session",
      fields: [
        "id",
        "provider_id",
        "amount",
        "currency_code",
        "data",
        "payment_collection_id",
      ],
      filters: { id: input.payment_session_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "paypal-get-payment-session" })

    const collectionId = transform(
      { sessions },
      ({ sessions }) => sessions[0].payment_collection_id
    )
    const { data: links } = useQueryGraphStep({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: collectionId },
    }).config({ name: "paypal-get-cart-link" })

    const target = transform(
      { sessions, links, input },
      ({ sessions, links, input }) => ({
        session: sessions[0],
        cart_id: (links[0]?.cart_id as string | undefined) ?? null,
        paypal_order_id: input.paypal_order_id,
        amount: input.amount,
        currency_code: input.currency_code,
      })
    )
    validatePayPalWebhookTargetStep(target)

    // Parallel deliveries of one event (or of CAPTURE.COMPLETED and
    // ORDER.APPROVED) run one after the other: the later one finds the cart
    // completed. A key of our own, since completeCartWorkflow locks the cart id.
    const lockKey = transform(
      { input },
      ({ input }) => `paypal-checkout:${input.payment_session_id}`
    )
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "completed_at"],
      filters: { id: target.cart_id as string },
    }).config({ name: "paypal-get-cart-before-completion" })
    const alreadyCompleted = transform(
      { carts },
      ({ carts }) => !!carts[0]?.completed_at
    )

    // completeCartWorkflow locks the cart, authorizes the session (the
    // provider reads the PayPal order, already captured or approved) and
    // returns the existing order when the cart was completed before.
    const order = completeCartWorkflow.runAsStep({
      input: { id: target.cart_id as string },
    })

    releaseLockStep({ key: lockKey })

    const eventData = transform(
      { order, target, input },
      ({ order, target, input }) => ({
        order_id: order.id,
        cart_id: target.cart_id,
        payment_session_id: input.payment_session_id,
        paypal_order_id: input.paypal_order_id ?? null,
        event_id: input.event_id,
      })
    )
    // A repeated webhook returns the same order without a second event.
    when(
      { alreadyCompleted },
      ({ alreadyCompleted }) => !alreadyCompleted
    ).then(() => {
      emitEventStep({
        eventName: PayPalEvents.CHECKOUT_COMPLETED,
        data: eventData,
      })
    })

    return new WorkflowResponse(eventData)
  }
)

import { z } from "@medusajs/framework/zod"

/** The envelope of a PayPal webhook event (Webhooks API, event object). */
export const PayPalWebhookEvent = z
  .object({
    id: z.string().min(1),
    event_type: z.string().min(1),
    resource_type: z.string().optional(),
    resource: z.record(z.string(), z.unknown()),
  })
  .passthrough()

export type PayPalWebhookEventType = z.infer<typeof PayPalWebhookEvent>

/** `resource` of PAYMENT.CAPTURE.COMPLETED (a Payments v2 capture). */
export const PayPalCaptureResource = z
  .object({
    id: z.string(),
    status: z.string(),
    custom_id: z.string().optional(),
    invoice_id: z.string().optional(),
    amount: z
      .object({ currency_code: z.string(), value: z.string() })
      .optional(),
    supplementary_data: z
      .object({
        related_ids: z
          .object({ order_id: z.string().optional() })
          .passthrough(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough()

/** `resource` of CHECKOUT.ORDER.APPROVED (an Orders v2 order). */
export const PayPalOrderResource = z
  .object({
    id: z.string(),
    status: z.string().optional(),
    purchase_units: z
      .array(
        z
          .object({
            custom_id: z.string().optional(),
            amount: z
              .object({ currency_code: z.string(), value: z.string() })
              .optional(),
          })
          .passthrough()
      )
      .min(1),
  })
  .passthrough()

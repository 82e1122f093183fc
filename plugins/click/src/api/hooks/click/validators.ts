import { z } from "@medusajs/framework/zod"

// Click posts every field as a string (spec §2.1). Not `.strict()`: Click may
// add fields, and a Prepare carrying `merchant_prepare_id=0` must pass (§2.7).
const digits = z.string().regex(/^\d{1,20}$/)
const integer = z.string().regex(/^-?\d{1,10}$/)

export const ClickPrepareBody = z.object({
  click_trans_id: digits,
  service_id: digits,
  click_paydoc_id: digits,
  merchant_trans_id: z.string().min(1).max(255),
  amount: z.string().regex(/^\d{1,15}(\.\d{1,6})?$/),
  action: integer,
  error: integer,
  error_note: z.string().max(1024).optional(),
  sign_time: z.string().min(1).max(64),
  sign_string: z.string().min(1).max(128),
})
export type ClickPrepareBodyType = z.infer<typeof ClickPrepareBody>

export const ClickCompleteBody = ClickPrepareBody.extend({
  merchant_prepare_id: digits,
})
export type ClickCompleteBodyType = z.infer<typeof ClickCompleteBody>

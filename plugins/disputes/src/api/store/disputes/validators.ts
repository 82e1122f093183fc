import { z } from "@medusajs/framework/zod"
import { createBoundedFindParams } from "../../../utils/find-params"
import {
  DISPUTE_REASONS,
  DISPUTE_STATUSES,
} from "../../../modules/disputes/types"

/** A file id, a URL or a short text. */
const evidenceItem = z.string().trim().min(1).max(2000)
export const evidenceList = z.array(evidenceItem).min(1).max(20)

const oneOrMany = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess(
    (value) =>
      Array.isArray(value)
        ? value
        : typeof value === "string"
          ? value.split(",")
          : value,
    z.array(item).min(1).max(20)
  )

/** Body of `POST /store/orders/:id/disputes`. */
export const StoreCreateDispute = z
  .object({
    reason: z.enum(DISPUTE_REASONS),
    description: z.string().trim().min(1).max(5000),
    /** Major units of the order's currency; at most the order total. */
    requested_amount: z.number().positive().finite().optional(),
    evidence: evidenceList.optional(),
  })
  .strict()
export type StoreCreateDisputeType = z.infer<typeof StoreCreateDispute>

/** Body of `POST /store/disputes/:id/messages`: a message, evidence, or both. */
export const StoreAddDisputeMessage = z
  .object({
    body: z.string().trim().min(1).max(5000).optional(),
    evidence: evidenceList.optional(),
  })
  .strict()
  .refine((b) => b.body !== undefined || b.evidence !== undefined, {
    message: "Give a message body, evidence, or both.",
  })
export type StoreAddDisputeMessageType = z.infer<typeof StoreAddDisputeMessage>

/** Body of `POST /store/disputes/:id/withdraw`. */
export const StoreWithdrawDispute = z
  .object({ note: z.string().trim().min(1).max(2000).optional() })
  .strict()
export type StoreWithdrawDisputeType = z.infer<typeof StoreWithdrawDispute>

/** Query of `GET /store/customers/me/disputes`. */
export const StoreGetDisputesParams = createBoundedFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).merge(
  z
    .object({
      status: oneOrMany(z.enum(DISPUTE_STATUSES)).optional(),
      order_id: oneOrMany(z.string().min(1)).optional(),
    })
    .strict()
)
export type StoreGetDisputesParamsType = z.infer<typeof StoreGetDisputesParams>

export const StoreGetDisputeParams = z.object({}).strict()

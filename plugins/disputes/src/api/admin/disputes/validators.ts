import { z } from "@medusajs/framework/zod"
import { createBoundedFindParams } from "../../../utils/find-params"
import {
  DISPUTE_REASONS,
  DISPUTE_STATUSES,
} from "../../../modules/disputes/types"

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

/**
 * Query of `GET /admin/disputes`: `status`, `reason`, `order_id`,
 * `customer_id` (one value or comma-separated), age in hours
 * (`min_age_hours`: opened at least that long ago; `max_age_hours`: at most),
 * and `overdue=true|false` (flagged by the SLA job).
 */
export const AdminGetDisputesParams = createBoundedFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).merge(
  z
    .object({
      status: oneOrMany(z.enum(DISPUTE_STATUSES)).optional(),
      reason: oneOrMany(z.enum(DISPUTE_REASONS)).optional(),
      order_id: oneOrMany(z.string().min(1)).optional(),
      customer_id: oneOrMany(z.string().min(1)).optional(),
      min_age_hours: z.coerce.number().nonnegative().finite().optional(),
      max_age_hours: z.coerce.number().nonnegative().finite().optional(),
      overdue: z
        .enum(["true", "false"])
        .transform((v) => v === "true")
        .optional(),
    })
    .strict()
)
export type AdminGetDisputesParamsType = z.infer<typeof AdminGetDisputesParams>

export const AdminGetDisputeParams = z.object({}).strict()

/** Body of `POST /admin/disputes/:id/messages`. */
export const AdminAddDisputeMessage = z
  .object({
    body: z.string().trim().min(1).max(5000).optional(),
    evidence: z
      .array(z.string().trim().min(1).max(2000))
      .min(1)
      .max(20)
      .optional(),
    /** `internal`: a note the customer never sees. */
    visibility: z.enum(["public", "internal"]).default("public"),
  })
  .strict()
  .refine((b) => b.body !== undefined || b.evidence !== undefined, {
    message: "Give a message body, evidence, or both.",
  })
export type AdminAddDisputeMessageType = z.infer<typeof AdminAddDisputeMessage>

/** Body of `POST /admin/disputes/:id/review`. */
export const AdminReviewDispute = z
  .object({ note: z.string().trim().min(1).max(2000).optional() })
  .strict()
export type AdminReviewDisputeType = z.infer<typeof AdminReviewDispute>

/** Body of `POST /admin/disputes/:id/resolve`. */
export const AdminResolveDispute = z
  .object({
    decision: z.enum(["refund", "reject"]),
    /** Refund only; default the requested amount, else everything refundable. */
    amount: z.number().positive().finite().optional(),
    note: z.string().trim().min(1).max(5000),
  })
  .strict()
  .refine((b) => b.decision === "refund" || b.amount === undefined, {
    message: "An amount is only allowed with decision refund.",
    path: ["amount"],
  })
export type AdminResolveDisputeType = z.infer<typeof AdminResolveDispute>

import { z } from "@medusajs/framework/zod"
import { createBoundedFindParams } from "../../../utils/find-params"
import { plainText } from "../../store/reviews/plain-text"

const STATUSES = ["pending", "approved", "rejected"] as const

const oneOrMany = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess(
    (value) =>
      Array.isArray(value)
        ? value
        : typeof value === "string"
          ? value.split(",")
          : value,
    z.array(item).min(1).max(100)
  )

/**
 * Query of `GET /admin/reviews`: filter by `status`, `product_id`,
 * `customer_id`, `rating` (each one value or comma-separated), `reported`.
 */
export const AdminGetReviewsParams = createBoundedFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).merge(
  z
    .object({
      status: oneOrMany(z.enum(STATUSES)).optional(),
      product_id: oneOrMany(z.string().min(1)).optional(),
      customer_id: oneOrMany(z.string().min(1)).optional(),
      rating: oneOrMany(z.coerce.number().int().min(1).max(5)).optional(),
      /** `true`: reviews with at least one report; `false`: none. */
      reported: z
        .enum(["true", "false"])
        .transform((v) => v === "true")
        .optional(),
    })
    .strict()
)

export type AdminGetReviewsParamsType = z.infer<typeof AdminGetReviewsParams>

const moderation = {
  status: z.enum(["approved", "rejected"]).optional(),
  /** Required when rejecting. */
  rejection_reason: plainText(1000).nullish(),
}

/** Body of `POST /admin/reviews/:id`: approve, reject with a reason, and/or reply (`null` removes the reply). */
export const AdminUpdateReview = z
  .object({
    ...moderation,
    reply: plainText(5000).nullable().optional(),
  })
  .strict()

export type AdminUpdateReviewType = z.infer<typeof AdminUpdateReview>

/** Body of `POST /admin/reviews/batch`: approve or reject up to 100 reviews. */
export const AdminBatchReviews = z
  .object({
    ids: z.array(z.string().min(1)).min(1).max(100),
    status: z.enum(["approved", "rejected"]),
    rejection_reason: moderation.rejection_reason,
  })
  .strict()

export type AdminBatchReviewsType = z.infer<typeof AdminBatchReviews>

/** Query of `GET /admin/reviews/stats`: the product whose rating stats to read. */
export const AdminGetReviewStatsParams = z
  .object({
    product_id: z.string().min(1).max(100),
  })
  .strict()

export type AdminGetReviewStatsParamsType = z.infer<
  typeof AdminGetReviewStatsParams
>

import { z } from "@medusajs/framework/zod"
import { plainText } from "./plain-text"

export { StoreUpsertReview as StoreEditReview } from "../products/[id]/reviews/validators"
export type { StoreUpsertReviewType as StoreEditReviewType } from "../products/[id]/reviews/validators"

/** Body of `POST /store/reviews/:id/votes`. */
export const StoreVoteOnReview = z.object({ helpful: z.boolean() }).strict()
export type StoreVoteOnReviewType = z.infer<typeof StoreVoteOnReview>

/** Body of `POST /store/reviews/:id/reports`. */
export const StoreReportReview = z
  .object({ reason: plainText(1000).nullish() })
  .strict()
export type StoreReportReviewType = z.infer<typeof StoreReportReview>

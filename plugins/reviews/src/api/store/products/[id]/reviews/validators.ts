import { z } from "@medusajs/framework/zod"
import { createBoundedFindParams } from "../../../../../utils/find-params"
import { mediaRef, plainText } from "../../../reviews/plain-text"

export const REVIEW_TITLE_MAX = 200
export const REVIEW_CONTENT_MAX = 5000
export const REVIEW_MEDIA_MAX = 10

/** Body of `POST /store/products/:id/reviews` (and of `POST /store/reviews/:id`). */
export const StoreUpsertReview = z
  .object({
    rating: z.number().int().min(1).max(5),
    title: plainText(REVIEW_TITLE_MAX).nullish(),
    content: plainText(REVIEW_CONTENT_MAX),
    media: z.array(mediaRef).max(REVIEW_MEDIA_MAX).nullish(),
  })
  .strict()

export type StoreUpsertReviewType = z.infer<typeof StoreUpsertReview>

const ratingFilter = z.preprocess(
  (value) =>
    (Array.isArray(value) ? value : String(value).split(",")).map((v) =>
      Number(v)
    ),
  z.array(z.number().int().min(1).max(5)).min(1).max(5)
)

/**
 * Query of `GET /store/products/:id/reviews`. Sort with `order`: newest
 * (`-created_at`, default), oldest, `-rating`/`rating`, most helpful
 * (`-helpful_count`). Filter by `rating` (one or several, `rating=4,5`).
 */
export const StoreGetProductReviewsParams = createBoundedFindParams({
  limit: 10,
  offset: 0,
}).merge(
  z
    .object({
      order: z
        .enum([
          "created_at",
          "-created_at",
          "rating",
          "-rating",
          "helpful_count",
          "-helpful_count",
        ])
        .default("-created_at"),
      rating: ratingFilter.optional(),
    })
    .strict()
)

export type StoreGetProductReviewsParamsType = z.infer<
  typeof StoreGetProductReviewsParams
>

/** What the storefront sees of a review (no customer id, no moderation notes). */
export const STORE_REVIEW_FIELDS = [
  "id",
  "product_id",
  "author_name",
  "rating",
  "title",
  "content",
  "media",
  "verified_purchase",
  "reply",
  "replied_at",
  "helpful_count",
  "unhelpful_count",
  "created_at",
  "updated_at",
]

export const listStoreReviewsQueryConfig = {
  defaults: STORE_REVIEW_FIELDS,
  allowed: STORE_REVIEW_FIELDS,
  isList: true,
}

/** The author's own view after writing: adds the moderation status. */
export const STORE_OWN_REVIEW_FIELDS = [...STORE_REVIEW_FIELDS, "status"]

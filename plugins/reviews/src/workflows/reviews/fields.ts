import { REVIEW_COLUMNS } from "../../modules/reviews/columns"
/** Every column of a review but `deleted_at`, for workflow refetches and admin responses. */
export const REVIEW_ALL_FIELDS = REVIEW_COLUMNS.filter(
  (c) => c !== "deleted_at"
)

import { REVIEW_ALL_FIELDS } from "../../../workflows/reviews/fields"

export const listAdminReviewsQueryConfig = {
  defaults: REVIEW_ALL_FIELDS,
  isList: true,
}

export const retrieveAdminReviewQueryConfig = {
  defaults: REVIEW_ALL_FIELDS,
  isList: false,
}

/** `GET /admin/reviews/stats` takes no `fields`: it always answers the stats shape. */
export const reviewStatsQueryConfig = {
  defaults: ["product_id"],
  isList: false,
}

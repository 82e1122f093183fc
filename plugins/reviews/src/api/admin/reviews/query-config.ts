import { REVIEW_ALL_FIELDS } from "../../../workflows/reviews/fields"

export const listAdminReviewsQueryConfig = {
  defaults: REVIEW_ALL_FIELDS,
  isList: true,
}

export const retrieveAdminReviewQueryConfig = {
  defaults: REVIEW_ALL_FIELDS,
  isList: false,
}

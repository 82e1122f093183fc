import { Star, StarSolid } from "@medusajs/icons"
import { useTranslation } from "react-i18next"

/** Five stars, `rating` of them filled. */
export const RatingStars = ({ rating }: { rating: number }) => {
  const { t } = useTranslation()
  return (
    <span
      className="flex items-center gap-x-0.5 text-ui-tag-orange-icon"
      title={t("bozorReviews.row.ratingLabel", { rating })}
      aria-label={t("bozorReviews.row.ratingLabel", { rating })}
      data-testid="review-rating"
      data-rating={rating}
    >
      {[1, 2, 3, 4, 5].map((star) =>
        star <= rating ? (
          <StarSolid key={star} />
        ) : (
          <Star key={star} className="text-ui-fg-muted" />
        )
      )}
    </span>
  )
}

import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { RatingStars } from "../components/rating-stars"
import { usePendingReviewCount, useReviewStats } from "../hooks/api/reviews"

const STARS = ["5", "4", "3", "2", "1"] as const

/** The product's approved-review stats, beside its details. */
const ProductReviewStatsWidget = ({
  data: product,
}: DetailWidgetProps<AdminProduct>) => {
  const { t, i18n } = useTranslation()
  const stats = useReviewStats(product.id)
  const pending = usePendingReviewCount(product.id)
  const s = stats.data?.stats
  const average = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 2,
  }).format(s?.average ?? 0)

  return (
    <Container className="divide-y p-0" data-testid="product-review-stats">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("bozorReviews.widget.title")}</Heading>
      </div>
      {stats.isLoading ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {t("bozorReviews.loading")}
          </Text>
        </div>
      ) : stats.isError || !s ? (
        <div className="px-6 py-4" data-testid="product-review-stats-error">
          <Text size="small" className="text-ui-fg-error">
            {t("bozorReviews.widget.error")}
          </Text>
        </div>
      ) : (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div className="flex items-center gap-x-3">
            <Text
              size="xlarge"
              weight="plus"
              aria-label={t("bozorReviews.widget.average")}
              data-testid="product-review-average"
            >
              {average}
            </Text>
            <RatingStars rating={Math.round(s.average)} />
          </div>
          <Text
            size="small"
            className="text-ui-fg-subtle"
            data-testid="product-review-count"
          >
            {s.count
              ? t("bozorReviews.widget.count", { count: s.count })
              : t("bozorReviews.widget.noReviews")}
          </Text>
          <div className="flex flex-col gap-y-1">
            {STARS.map((star) => {
              const n = s.distribution[star]
              const share = s.count ? (n / s.count) * 100 : 0
              return (
                <div
                  key={star}
                  className="flex items-center gap-x-2"
                  data-testid={`product-review-star-${star}`}
                >
                  <Text size="xsmall" className="w-3 text-ui-fg-subtle">
                    {star}
                  </Text>
                  <div className="h-2 flex-1 overflow-hidden rounded-full bg-ui-bg-component">
                    <div
                      className="h-full rounded-full bg-ui-tag-orange-icon"
                      style={{ width: `${share}%` }}
                    />
                  </div>
                  <Text size="xsmall" className="w-8 text-right">
                    {n}
                  </Text>
                </div>
              )
            })}
          </div>
          {!!pending.data?.count && (
            <Text
              size="small"
              className="text-ui-fg-subtle"
              data-testid="product-review-pending"
            >
              {t("bozorReviews.widget.pending", { count: pending.data.count })}
            </Text>
          )}
        </div>
      )}
      <div className="px-6 py-3">
        <Link
          to={`/reviews?status=all&product_id=${encodeURIComponent(product.id)}`}
          className="txt-compact-small-plus text-ui-fg-interactive hover:underline"
          data-testid="product-review-link"
        >
          {t("bozorReviews.widget.open")}
        </Link>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductReviewStatsWidget

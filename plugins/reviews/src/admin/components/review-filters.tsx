import { Button, Select } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useProductOptions } from "../hooks/api/products"
import type { ReviewFilters as Filters } from "../lib/types"

const ALL = "all"

type FilterSelectProps = {
  testId: string
  label: string
  value: string
  options: { value: string; label: string }[]
  onChange: (value: string) => void
}

const FilterSelect = ({
  testId,
  label,
  value,
  options,
  onChange,
}: FilterSelectProps) => (
  <div className="flex flex-col gap-y-1">
    <span className="txt-compact-xsmall-plus text-ui-fg-subtle">{label}</span>
    <Select size="small" value={value} onValueChange={onChange}>
      <Select.Trigger className="min-w-[160px]" data-testid={testId}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {options.map((o) => (
          <Select.Item
            key={o.value}
            value={o.value}
            data-testid={`${testId}-${o.value}`}
          >
            {o.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)

/** Status, rating, product and reported filters of the moderation queue. */
export const ReviewFilters = ({
  filters,
  statusValue,
  onChange,
  onClear,
}: {
  filters: Filters
  /** `all` or one status: the queue defaults to `pending`. */
  statusValue: string
  onChange: (key: string, value: string) => void
  onClear: () => void
}) => {
  const { t } = useTranslation()
  const products = useProductOptions()
  const productOptions = (products.data?.products ?? []).map((p) => ({
    value: p.id,
    label: p.title,
  }))
  if (
    filters.product_id &&
    !productOptions.some((o) => o.value === filters.product_id)
  ) {
    productOptions.unshift({
      value: filters.product_id,
      label: filters.product_id,
    })
  }

  return (
    <div className="flex flex-wrap items-end gap-3 px-6 py-4">
      <FilterSelect
        testId="filter-status"
        label={t("bozorReviews.filters.status")}
        value={statusValue}
        onChange={(v) => onChange("status", v)}
        options={[
          { value: ALL, label: t("bozorReviews.filters.all") },
          ...(["pending", "approved", "rejected"] as const).map((s) => ({
            value: s,
            label: t(`bozorReviews.status.${s}`),
          })),
        ]}
      />
      <FilterSelect
        testId="filter-rating"
        label={t("bozorReviews.filters.rating")}
        value={filters.rating ? String(filters.rating) : ALL}
        onChange={(v) => onChange("rating", v)}
        options={[
          { value: ALL, label: t("bozorReviews.filters.all") },
          ...[5, 4, 3, 2, 1].map((r) => ({
            value: String(r),
            label: t("bozorReviews.filters.stars", { count: r }),
          })),
        ]}
      />
      <FilterSelect
        testId="filter-product"
        label={t("bozorReviews.filters.product")}
        value={filters.product_id ?? ALL}
        onChange={(v) => onChange("product_id", v)}
        options={[
          { value: ALL, label: t("bozorReviews.filters.allProducts") },
          ...productOptions,
        ]}
      />
      <FilterSelect
        testId="filter-reported"
        label={t("bozorReviews.filters.reported")}
        value={filters.reported === undefined ? ALL : String(filters.reported)}
        onChange={(v) => onChange("reported", v)}
        options={[
          { value: ALL, label: t("bozorReviews.filters.all") },
          { value: "true", label: t("bozorReviews.filters.reportedOnly") },
          { value: "false", label: t("bozorReviews.filters.notReported") },
        ]}
      />
      <Button
        size="small"
        variant="transparent"
        onClick={onClear}
        data-testid="filter-clear"
      >
        {t("bozorReviews.filters.clear")}
      </Button>
    </div>
  )
}

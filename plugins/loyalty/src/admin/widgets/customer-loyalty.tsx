import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { AdjustPointsDrawer } from "../components/adjust-points-drawer"
import { LoyaltyLedger } from "../components/loyalty-ledger"
import { LoadError, Loading } from "../components/query-state"
import { useCustomerLoyalty } from "../hooks/api/loyalty"
import { formatDate, formatPoints, intlLocale } from "../lib/format"

const PAGE_SIZE = 10

function Stat({
  label,
  children,
  testId,
}: {
  label: string
  children: React.ReactNode
  testId?: string
}) {
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <div data-testid={testId}>{children}</div>
    </div>
  )
}

/** Balance, tier, expiring points and the ledger of one customer. */
const CustomerLoyaltyWidget = ({
  data: customer,
}: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t, i18n } = useTranslation()
  const locale = intlLocale(i18n.language)
  const [pageIndex, setPageIndex] = useState(0)
  const { data, isPending, isError, error } = useCustomerLoyalty(customer.id, {
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })
  const loyalty = data?.loyalty
  const expiring = loyalty?.expiring_soon

  return (
    <Container className="divide-y p-0" data-testid="loyalty-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("loyalty.widget.title")}</Heading>
        <AdjustPointsDrawer customerId={customer.id} />
      </div>
      {isPending ? (
        <Loading testId="loyalty-widget-loading" />
      ) : isError || !loyalty ? (
        <LoadError error={error} testId="loyalty-widget-error" />
      ) : (
        <>
          <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
            <Stat label={t("loyalty.widget.balance")} testId="loyalty-balance">
              <Text size="xlarge" weight="plus">
                {formatPoints(loyalty.balance, locale)}
              </Text>
            </Stat>
            <Stat label={t("loyalty.widget.tier")} testId="loyalty-tier">
              <Badge size="small" color="purple">
                {loyalty.tier} ×{loyalty.tier_multiplier}
              </Badge>
            </Stat>
            <Stat label={t("loyalty.widget.nextTier")}>
              <Text size="small">
                {loyalty.next_tier
                  ? t("loyalty.widget.pointsTo", {
                      points: formatPoints(
                        loyalty.next_tier.points_needed,
                        locale
                      ),
                      tier: loyalty.next_tier.name,
                    })
                  : t("loyalty.widget.topTier")}
              </Text>
              <Text size="xsmall" className="text-ui-fg-muted">
                {t("loyalty.widget.earnedInWindow", {
                  points: formatPoints(loyalty.earned_in_window, locale),
                  months: loyalty.tier_window_months,
                })}
              </Text>
            </Stat>
            <Stat
              label={t("loyalty.widget.expiring")}
              testId="loyalty-expiring"
            >
              <Text size="small">
                {!loyalty.expiry_months
                  ? t("loyalty.widget.neverExpire")
                  : expiring && expiring.points > 0 && expiring.first_expires_at
                    ? t("loyalty.widget.expiringSoon", {
                        points: formatPoints(expiring.points, locale),
                        date: formatDate(expiring.first_expires_at, locale),
                      })
                    : t("loyalty.widget.noneExpiring", {
                        days: loyalty.expiry_notice_days,
                      })}
              </Text>
              {!!loyalty.expiry_months && (
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t("loyalty.widget.expiryRule", {
                    months: loyalty.expiry_months,
                  })}
                </Text>
              )}
            </Stat>
          </div>
          <LoyaltyLedger
            transactions={data.transactions}
            count={data.count}
            pageIndex={pageIndex}
            pageSize={PAGE_SIZE}
            onPageChange={setPageIndex}
          />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerLoyaltyWidget

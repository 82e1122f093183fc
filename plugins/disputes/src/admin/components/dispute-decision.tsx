import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useReviewDispute } from "../hooks/api/disputes"
import { formatMoney, intlLocale } from "../lib/format"
import type { DisputeDetail } from "../lib/types"
import { RejectDisputeDrawer } from "./reject-dispute-drawer"
import { ResolveRefundDrawer } from "./resolve-refund-drawer"

/**
 * The moves the state machine allows a merchant from the current status:
 * open → under review; under review → resolved (refund) or rejected.
 * Withdrawal is the customer's.
 */
export const DisputeDecision = ({ dispute }: { dispute: DisputeDetail }) => {
  const { t, i18n } = useTranslation()
  const locale = intlLocale(i18n.language)
  const currency = dispute.order?.currency_code ?? dispute.currency_code
  const review = useReviewDispute(dispute.id)
  const [drawer, setDrawer] = useState<"refund" | "reject" | null>(null)

  return (
    <Container className="divide-y p-0" data-testid="dispute-decision">
      <div className="px-6 py-4">
        <Heading level="h2">{t("disputes.actions.title")}</Heading>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {dispute.status === "open" && (
          <>
            <Text size="small" className="text-ui-fg-subtle">
              {t("disputes.actions.needsReview")}
            </Text>
            <Button
              size="small"
              isLoading={review.isPending}
              onClick={() =>
                review.mutate(
                  {},
                  {
                    onSuccess: () =>
                      toast.success(t("disputes.actions.reviewed")),
                    onError: (e) => toast.error(e.message),
                  }
                )
              }
              data-testid="dispute-review"
            >
              {t("disputes.actions.review")}
            </Button>
          </>
        )}
        {dispute.status === "under_review" && (
          <>
            <Text size="small" className="text-ui-fg-subtle">
              {t("disputes.refund.refundable")}:{" "}
              <span className="text-ui-fg-base txt-compact-small-plus">
                {formatMoney(dispute.refundable_amount, currency, locale)}
              </span>
            </Text>
            <Button
              size="small"
              onClick={() => setDrawer("refund")}
              data-testid="dispute-resolve-refund"
            >
              {t("disputes.actions.resolveRefund")}
            </Button>
            <Button
              size="small"
              variant="secondary"
              onClick={() => setDrawer("reject")}
              data-testid="dispute-reject"
            >
              {t("disputes.actions.reject")}
            </Button>
          </>
        )}
        {dispute.last_refund_error && dispute.status === "under_review" && (
          <div className="rounded-lg border border-ui-border-error px-3 py-2">
            <Text size="small" weight="plus" className="text-ui-fg-error">
              {t("disputes.detail.lastRefundError")}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {dispute.last_refund_error}
            </Text>
          </div>
        )}
        {(dispute.status === "resolved" || dispute.status === "rejected") && (
          <div className="flex flex-col gap-y-1" data-testid="dispute-outcome">
            <Text size="small">
              {t("disputes.detail.decision")}:{" "}
              <strong>{t(`disputes.status.${dispute.status}`)}</strong>
            </Text>
            {dispute.decision === "refund" && (
              <Text size="small" data-testid="dispute-refunded">
                {t("disputes.detail.refunded")}:{" "}
                <strong>
                  {formatMoney(dispute.refunded_amount, currency, locale)}
                </strong>
              </Text>
            )}
            {dispute.resolution_note && (
              <Text size="small" className="text-ui-fg-subtle">
                {t("disputes.detail.resolutionNote")}: {dispute.resolution_note}
              </Text>
            )}
          </div>
        )}
        {dispute.status === "withdrawn" && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("disputes.actions.closed")}
          </Text>
        )}
      </div>
      {drawer === "refund" && (
        <ResolveRefundDrawer
          dispute={dispute}
          open
          onOpenChange={(open) => !open && setDrawer(null)}
        />
      )}
      {drawer === "reject" && (
        <RejectDisputeDrawer
          dispute={dispute}
          open
          onOpenChange={(open) => !open && setDrawer(null)}
        />
      )}
    </Container>
  )
}

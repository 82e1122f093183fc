import {
  Button,
  Drawer,
  Input,
  Label,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useResolveDispute } from "../hooks/api/disputes"
import { formatMoney, intlLocale } from "../lib/format"
import type { DisputeDetail } from "../lib/types"

/**
 * Resolve with a refund: what the order still has to refund (captured minus
 * refunded) and an amount bounded by what one refund can take, as the
 * resolve workflow checks it.
 */
export const ResolveRefundDrawer = ({
  dispute,
  open,
  onOpenChange,
}: {
  dispute: DisputeDetail
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t, i18n } = useTranslation()
  const locale = intlLocale(i18n.language)
  const currency = dispute.order?.currency_code ?? dispute.currency_code
  const max = Math.min(
    dispute.refundable_amount,
    dispute.refundable_amount_one_payment
  )
  const suggested =
    dispute.requested_amount && dispute.requested_amount <= max
      ? String(dispute.requested_amount)
      : ""
  const [amount, setAmount] = useState(suggested)
  const [note, setNote] = useState("")
  const resolve = useResolveDispute(dispute.id)

  const value = Number(amount)
  const amountValid =
    amount.trim() !== "" && Number.isFinite(value) && value > 0 && value <= max
  const money = (v: number) => formatMoney(v, currency, locale)

  const submit = () =>
    resolve.mutate(
      { decision: "refund", amount: value, note: note.trim() },
      {
        onSuccess: () => {
          toast.success(t("disputes.refund.done", { amount: money(value) }))
          onOpenChange(false)
        },
        onError: (e) => toast.error(e.message),
      }
    )

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="dispute-refund-drawer">
        <Drawer.Header>
          <Drawer.Title>{t("disputes.refund.title")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <div className="rounded-lg border bg-ui-bg-subtle px-4 py-3">
            <Text size="small" className="text-ui-fg-subtle">
              {t("disputes.refund.refundable")}
            </Text>
            <Text size="large" weight="plus" data-testid="dispute-refundable">
              {money(dispute.refundable_amount)}
            </Text>
            {dispute.refundable_amount_one_payment <
              dispute.refundable_amount && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("disputes.refund.oneRefund", {
                  amount: money(dispute.refundable_amount_one_payment),
                })}
              </Text>
            )}
          </div>
          {max <= 0 ? (
            <Text size="small" className="text-ui-fg-error">
              {t("disputes.refund.nothing")}
            </Text>
          ) : (
            <>
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="dispute-refund-amount" size="small">
                  {t("disputes.refund.amount", {
                    currency: currency.toUpperCase(),
                  })}
                </Label>
                <Input
                  id="dispute-refund-amount"
                  type="number"
                  inputMode="decimal"
                  min={0}
                  max={max}
                  step={currency.toLowerCase() === "uzs" ? 1 : 0.01}
                  value={amount}
                  onChange={(e) => setAmount(e.target.value)}
                  aria-invalid={amount !== "" && !amountValid}
                  data-testid="dispute-refund-amount"
                />
                <Text
                  size="xsmall"
                  className={
                    amount !== "" && !amountValid
                      ? "text-ui-fg-error"
                      : "text-ui-fg-subtle"
                  }
                >
                  {amount !== "" && !amountValid
                    ? t("disputes.refund.amountInvalid", { max: money(max) })
                    : t("disputes.refund.amountHint", { max: money(max) })}
                </Text>
              </div>
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="dispute-refund-note" size="small">
                  {t("disputes.refund.note")}
                </Label>
                <Textarea
                  id="dispute-refund-note"
                  value={note}
                  maxLength={5000}
                  placeholder={t("disputes.refund.notePlaceholder")}
                  onChange={(e) => setNote(e.target.value)}
                  data-testid="dispute-refund-note"
                />
              </div>
            </>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("disputes.cancel")}
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            disabled={!amountValid || !note.trim() || resolve.isPending}
            isLoading={resolve.isPending}
            onClick={submit}
            data-testid="dispute-refund-confirm"
          >
            {t("disputes.refund.confirm", {
              amount: amountValid ? money(value) : "",
            })}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

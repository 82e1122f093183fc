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
import { useAdjustLoyaltyPoints } from "../hooks/api/loyalty"

const MAX_POINTS = 10_000_000

/** Credit or debit points with a reason (POST …/loyalty/adjustments). */
export function AdjustPointsDrawer({ customerId }: { customerId: string }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [points, setPoints] = useState("")
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const adjust = useAdjustLoyaltyPoints(customerId)

  const value = Number(points)
  const pointsValid =
    points.trim() !== "" &&
    Number.isInteger(value) &&
    value !== 0 &&
    Math.abs(value) <= MAX_POINTS
  const reasonValid = reason.trim().length >= 3 && reason.trim().length <= 500

  const reset = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setPoints("")
      setReason("")
      setError(null)
    }
  }

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    if (!pointsValid || !reasonValid) {
      setError(
        !pointsValid
          ? t("loyalty.adjust.pointsInvalid")
          : t("loyalty.adjust.reasonInvalid")
      )
      return
    }
    setError(null)
    adjust.mutate(
      { points: value, reason: reason.trim() },
      {
        onSuccess: () => {
          toast.success(t("loyalty.adjust.done"))
          reset(false)
        },
        onError: (err) => setError(err.message),
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={reset}>
      <Drawer.Trigger asChild>
        <Button
          size="small"
          variant="secondary"
          data-testid="loyalty-adjust-open"
        >
          {t("loyalty.adjust.open")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={submit} className="flex flex-1 flex-col">
          <Drawer.Header>
            <Drawer.Title>{t("loyalty.adjust.title")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <Text size="small" className="text-ui-fg-subtle">
              {t("loyalty.adjust.hint")}
            </Text>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="loyalty-adjust-points">
                {t("loyalty.adjust.points")}
              </Label>
              <Input
                id="loyalty-adjust-points"
                type="number"
                step={1}
                value={points}
                onChange={(e) => setPoints(e.target.value)}
                data-testid="loyalty-adjust-points"
              />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="loyalty-adjust-reason">
                {t("loyalty.adjust.reason")}
              </Label>
              <Textarea
                id="loyalty-adjust-reason"
                value={reason}
                maxLength={500}
                onChange={(e) => setReason(e.target.value)}
                data-testid="loyalty-adjust-reason"
              />
            </div>
            {error && (
              <Text
                size="small"
                className="text-ui-fg-error"
                data-testid="loyalty-adjust-error"
              >
                {error}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("loyalty.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              isLoading={adjust.isPending}
              data-testid="loyalty-adjust-submit"
            >
              {t("loyalty.adjust.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

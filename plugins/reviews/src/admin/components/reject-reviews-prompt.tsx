import { Button, Label, Prompt, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useBatchReviews, useUpdateReview } from "../hooks/api/reviews"

const MAX_REASON = 1000

/** Asks for the reason, then rejects one review (its own route) or several (batch). */
export const RejectReviewsPrompt = ({
  ids,
  onClose,
  onDone,
}: {
  ids: string[]
  onClose: () => void
  onDone?: () => void
}) => {
  const { t } = useTranslation()
  const [reason, setReason] = useState("")
  const update = useUpdateReview()
  const batch = useBatchReviews()
  const open = ids.length > 0
  const pending = update.isPending || batch.isPending

  useEffect(() => {
    if (open) {
      setReason("")
    }
  }, [open])

  const submit = async () => {
    const rejection_reason = reason.trim()
    if (!rejection_reason) {
      toast.error(t("bozorReviews.reject.reasonRequired"))
      return
    }
    try {
      if (ids.length === 1) {
        await update.mutateAsync({
          id: ids[0],
          body: { status: "rejected", rejection_reason },
        })
      } else {
        await batch.mutateAsync({ ids, status: "rejected", rejection_reason })
      }
      toast.success(t("bozorReviews.toasts.rejected", { count: ids.length }))
      onDone?.()
      onClose()
    } catch (e) {
      toast.error((e as Error).message || t("bozorReviews.toasts.failed"))
    }
  }

  return (
    <Prompt open={open} onOpenChange={(next) => !next && onClose()}>
      <Prompt.Content data-testid="reject-review-prompt">
        <Prompt.Header>
          <Prompt.Title>
            {t("bozorReviews.reject.title", { count: ids.length })}
          </Prompt.Title>
          <Prompt.Description>
            {t("bozorReviews.reject.description")}
          </Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-4">
          <Label htmlFor="bozor-reject-reason" size="small" weight="plus">
            {t("bozorReviews.reject.reason")}
          </Label>
          <Textarea
            id="bozor-reject-reason"
            data-testid="reject-reason"
            value={reason}
            maxLength={MAX_REASON}
            placeholder={t("bozorReviews.reject.placeholder")}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
          />
        </div>
        <Prompt.Footer>
          <Button
            size="small"
            variant="secondary"
            onClick={onClose}
            disabled={pending}
          >
            {t("bozorReviews.reject.cancel")}
          </Button>
          <Button
            size="small"
            variant="danger"
            onClick={submit}
            isLoading={pending}
            disabled={!reason.trim()}
            data-testid="reject-confirm"
          >
            {t("bozorReviews.reject.confirm")}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}

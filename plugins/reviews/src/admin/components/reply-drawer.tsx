import { Button, Drawer, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useUpdateReview } from "../hooks/api/reviews"
import type { AdminReview } from "../lib/types"
import { RatingStars } from "./rating-stars"

const MAX_REPLY = 5000

/** The store's one public reply to a review: write, change or remove it. */
export const ReplyDrawer = ({
  review,
  onClose,
}: {
  review: AdminReview | null
  onClose: () => void
}) => {
  const { t } = useTranslation()
  const [reply, setReply] = useState("")
  const update = useUpdateReview()

  useEffect(() => {
    setReply(review?.reply ?? "")
  }, [review])

  const save = async (value: string | null) => {
    if (!review) {
      return
    }
    try {
      await update.mutateAsync({ id: review.id, body: { reply: value } })
      toast.success(
        t(
          value
            ? "bozorReviews.toasts.replySaved"
            : "bozorReviews.toasts.replyRemoved"
        )
      )
      onClose()
    } catch (e) {
      toast.error((e as Error).message || t("bozorReviews.toasts.failed"))
    }
  }

  return (
    <Drawer open={!!review} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content data-testid="reply-drawer">
        <Drawer.Header>
          <Drawer.Title>{t("bozorReviews.reply.title")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          {review && (
            <div className="flex flex-col gap-y-2">
              <Text size="small" weight="plus">
                {t("bozorReviews.reply.review")}
              </Text>
              <RatingStars rating={review.rating} />
              {review.title && (
                <Text size="small" weight="plus">
                  {review.title}
                </Text>
              )}
              <Text
                size="small"
                className="whitespace-pre-wrap text-ui-fg-subtle"
              >
                {review.content}
              </Text>
            </div>
          )}
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="bozor-review-reply" size="small" weight="plus">
              {t("bozorReviews.reply.reply")}
            </Label>
            <Textarea
              id="bozor-review-reply"
              data-testid="reply-text"
              rows={6}
              value={reply}
              maxLength={MAX_REPLY}
              placeholder={t("bozorReviews.reply.placeholder")}
              onChange={(e) => setReply(e.target.value)}
            />
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          {review?.reply && (
            <Button
              size="small"
              variant="danger"
              onClick={() => save(null)}
              disabled={update.isPending}
              data-testid="reply-remove"
            >
              {t("bozorReviews.reply.remove")}
            </Button>
          )}
          <Drawer.Close asChild>
            <Button
              size="small"
              variant="secondary"
              disabled={update.isPending}
            >
              {t("bozorReviews.reply.cancel")}
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            onClick={() => save(reply.trim())}
            isLoading={update.isPending}
            disabled={!reply.trim()}
            data-testid="reply-save"
          >
            {t("bozorReviews.reply.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

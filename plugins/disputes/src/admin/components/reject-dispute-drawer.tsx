import { Button, Drawer, Label, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useResolveDispute } from "../hooks/api/disputes"
import type { DisputeDetail } from "../lib/types"

/** Reject with a reason: the customer receives it with the decision. */
export const RejectDisputeDrawer = ({
  dispute,
  open,
  onOpenChange,
}: {
  dispute: DisputeDetail
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const [note, setNote] = useState("")
  const resolve = useResolveDispute(dispute.id)
  const submit = () =>
    resolve.mutate(
      { decision: "reject", note: note.trim() },
      {
        onSuccess: () => {
          toast.success(t("disputes.reject.done"))
          onOpenChange(false)
        },
        onError: (e) => toast.error(e.message),
      }
    )
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="dispute-reject-drawer">
        <Drawer.Header>
          <Drawer.Title>{t("disputes.reject.title")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-1">
          <Label htmlFor="dispute-reject-note" size="small">
            {t("disputes.reject.reason")}
          </Label>
          <Textarea
            id="dispute-reject-note"
            value={note}
            maxLength={5000}
            rows={5}
            onChange={(e) => setNote(e.target.value)}
            data-testid="dispute-reject-note"
          />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("disputes.cancel")}
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            variant="danger"
            disabled={!note.trim() || resolve.isPending}
            isLoading={resolve.isPending}
            onClick={submit}
            data-testid="dispute-reject-confirm"
          >
            {t("disputes.reject.confirm")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

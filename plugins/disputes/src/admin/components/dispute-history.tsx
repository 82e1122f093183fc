import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatDateTime, intlLocale } from "../lib/format"
import type { DisputeDetail } from "../lib/types"

/** Every status change: who, when, from, to, and the note given. */
export const DisputeHistory = ({ dispute }: { dispute: DisputeDetail }) => {
  const { t, i18n } = useTranslation()
  const locale = intlLocale(i18n.language)
  return (
    <Container className="divide-y p-0" data-testid="dispute-history">
      <div className="px-6 py-4">
        <Heading level="h2">{t("disputes.detail.history")}</Heading>
      </div>
      <ol className="flex flex-col gap-y-3 px-6 py-4">
        {dispute.transitions.map((tr) => (
          <li key={tr.id} className="flex flex-col">
            <Text size="small" weight="plus">
              {tr.from_status
                ? t("disputes.detail.historyMoved", {
                    from: t(`disputes.status.${tr.from_status}`),
                    to: t(`disputes.status.${tr.to_status}`),
                  })
                : t("disputes.detail.historyOpened")}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t(`disputes.detail.actor.${tr.actor_type}`)} ·{" "}
              {formatDateTime(tr.created_at, locale)}
            </Text>
            {tr.note && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {tr.note}
              </Text>
            )}
          </li>
        ))}
      </ol>
    </Container>
  )
}

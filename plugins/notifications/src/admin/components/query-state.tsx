import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** What a query shows before its data: a loading line or the error with a retry. */
export const QueryState = ({
  isLoading,
  error,
  onRetry,
}: {
  isLoading: boolean
  error: Error | null
  onRetry: () => void
}) => {
  const { t } = useTranslation()
  if (error) {
    return (
      <div
        className="flex items-center justify-between gap-4 px-6 py-4"
        data-testid="notifications-error"
      >
        <Text size="small" className="text-ui-fg-error">
          {t("bozorNotifications.common.error", { message: error.message })}
        </Text>
        <Button size="small" variant="secondary" onClick={onRetry}>
          {t("bozorNotifications.common.retry")}
        </Button>
      </div>
    )
  }
  if (isLoading) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {t("bozorNotifications.common.loading")}
      </Text>
    )
  }
  return null
}

import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

export function Loading({ testId }: { testId?: string }) {
  const { t } = useTranslation()
  return (
    <div className="px-6 py-4" data-testid={testId}>
      <Text size="small" className="text-ui-fg-subtle">
        {t("loyalty.common.loading")}
      </Text>
    </div>
  )
}

export function LoadError({
  error,
  testId,
}: {
  error: Error | null
  testId?: string
}) {
  const { t } = useTranslation()
  return (
    <div className="px-6 py-4" data-testid={testId}>
      <Text size="small" className="text-ui-fg-error">
        {t("loyalty.common.error")}
        {error?.message ? `: ${error.message}` : ""}
      </Text>
    </div>
  )
}

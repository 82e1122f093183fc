import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { LoadError, Loading } from "../../../components/query-state"
import { LoyaltySettingsForm } from "../../../components/settings-form"
import { useLoyaltySettings } from "../../../hooks/api/loyalty"

/** Settings → Loyalty: the program in force, editable. */
const LoyaltySettingsPage = () => {
  const { t } = useTranslation()
  const { data, isPending, isError, error } = useLoyaltySettings()
  return (
    <Container className="divide-y p-0" data-testid="loyalty-settings-page">
      <div className="px-6 py-4">
        <Heading level="h1">{t("loyalty.settings.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("loyalty.settings.description")}
        </Text>
      </div>
      {isPending ? (
        <Loading />
      ) : isError || !data ? (
        <LoadError error={error} testId="loyalty-settings-load-error" />
      ) : (
        <LoyaltySettingsForm settings={data.settings} />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Loyalty",
})

export default LoyaltySettingsPage

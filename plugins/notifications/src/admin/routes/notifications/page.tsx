import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BellAlert } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { useTranslation } from "react-i18next"
import { Campaigns } from "../../components/campaigns"
import { DeliveryLog } from "../../components/delivery-log"
import { TemplateEditor } from "../../components/template-editor"

const TABS = ["templates", "log", "campaigns"] as const

/** Notifications: the template editor, the delivery log (`?tab=log`) and campaigns (`?tab=campaigns`). */
const NotificationsPage = () => {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const requested = params.get("tab")
  const tab = TABS.find((name) => name === requested) ?? "templates"
  return (
    <Container className="divide-y p-0" data-testid="notifications-page">
      <div className="px-6 py-4">
        <Heading level="h1">{t("bozorNotifications.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("bozorNotifications.subtitle")}
        </Text>
      </div>
      <Tabs
        value={tab}
        onValueChange={(value) => setParams({ tab: value }, { replace: true })}
      >
        <div className="px-6 py-3">
          <Tabs.List>
            {TABS.map((name) => (
              <Tabs.Trigger key={name} value={name} data-testid={`tab-${name}`}>
                {t(`bozorNotifications.tabs.${name}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </div>
        <Tabs.Content value="templates">
          <TemplateEditor />
        </Tabs.Content>
        <Tabs.Content value="log">
          <DeliveryLog />
        </Tabs.Content>
        <Tabs.Content value="campaigns">
          <Campaigns />
        </Tabs.Content>
      </Tabs>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "bozorNotifications.menu",
  translationNs: "translation",
  icon: BellAlert,
})

export default NotificationsPage

import { Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  useNotificationKinds,
  useTemplateOverride,
} from "../hooks/api/notification-templates"
import { humanize } from "../lib/format"
import { CHANNELS, LOCALES, type Channel, type Locale } from "../lib/types"
import { LabeledSelect } from "./labeled-select"
import { QueryState } from "./query-state"
import { TemplateForm } from "./template-form"

/** Picks kind × channel × language and edits that text. */
export const TemplateEditor = () => {
  const { t } = useTranslation()
  const kinds = useNotificationKinds()
  const [kindName, setKindName] = useState<string>()
  const [channelChoice, setChannel] = useState<Channel>("sms")
  const [locale, setLocale] = useState<Locale>("uz")

  const list = kinds.data?.notification_kinds ?? []
  const kind = list.find((k) => k.kind === kindName) ?? list[0]
  const channels = kind ? CHANNELS.filter((c) => kind.templates[c]) : []
  const channel = channels.includes(channelChoice) ? channelChoice : channels[0]
  const key = kind && channel ? { event: kind.kind, channel, locale } : null
  const override = useTemplateOverride(key)

  if (kinds.isLoading || kinds.error) {
    return (
      <QueryState
        isLoading={kinds.isLoading}
        error={kinds.error}
        onRetry={() => kinds.refetch()}
      />
    )
  }
  if (!kind) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {t("bozorNotifications.templates.noKinds")}
      </Text>
    )
  }

  const kindLabel = (name: string) =>
    t(`bozorNotifications.kinds.${name}`, { defaultValue: humanize(name) })
  const defaults = !channel
    ? null
    : channel === "sms"
      ? { subject: null, body: kind.templates.sms![locale] ?? "" }
      : {
          subject: kind.templates.email![locale]?.subject ?? "",
          body: kind.templates.email![locale]?.body ?? "",
        }

  return (
    <div className="flex flex-col" data-testid="template-editor">
      <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-3">
        <LabeledSelect
          id="template-kind"
          label={t("bozorNotifications.templates.kind")}
          value={kind.kind}
          options={list.map((k) => ({
            value: k.kind,
            label: kindLabel(k.kind),
          }))}
          onChange={setKindName}
        />
        <LabeledSelect
          id="template-channel"
          label={t("bozorNotifications.templates.channel")}
          value={channel ?? ""}
          options={channels.map((c) => ({
            value: c,
            label: t(`bozorNotifications.channels.${c}`),
          }))}
          onChange={(v) => setChannel(v as Channel)}
        />
        <LabeledSelect
          id="template-locale"
          label={t("bozorNotifications.templates.language")}
          value={locale}
          options={LOCALES.map((l) => ({
            value: l,
            label: t(`bozorNotifications.locales.${l}`),
          }))}
          onChange={(v) => setLocale(v as Locale)}
        />
      </div>
      {!channel || !defaults ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("bozorNotifications.templates.noChannel")}
        </Text>
      ) : override.isLoading || override.error ? (
        <QueryState
          isLoading={override.isLoading}
          error={override.error}
          onRetry={() => override.refetch()}
        />
      ) : (
        <TemplateForm
          key={`${kind.kind}:${channel}:${locale}:${override.data?.id ?? "default"}:${override.data?.updated_at ?? ""}`}
          event={kind.kind}
          channel={channel}
          locale={locale}
          variables={kind.variables}
          defaults={defaults}
          override={override.data ?? null}
        />
      )}
    </div>
  )
}

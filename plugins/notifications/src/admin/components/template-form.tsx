import {
  Badge,
  Button,
  Input,
  Label,
  Text,
  Textarea,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import {
  useResetTemplate,
  useSaveTemplate,
  useTemplatePreview,
} from "../hooks/api/notification-templates"
import { useDebounced } from "../hooks/use-debounced"
import type { Channel, Locale, NotificationTemplate } from "../lib/types"
import { TemplatePreview } from "./template-preview"

type Props = {
  event: string
  channel: Channel
  locale: Locale
  variables: string[]
  defaults: { subject: string | null; body: string }
  override: NotificationTemplate | null
}

/**
 * Edits one (kind, channel, language) text. Mounted with a key per template
 * and override version, so its state starts from what is stored.
 */
export const TemplateForm = ({
  event,
  channel,
  locale,
  variables,
  defaults,
  override,
}: Props) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const initial = override ?? defaults
  const [subject, setSubject] = useState(initial.subject ?? "")
  const [body, setBody] = useState(initial.body)
  const isEmail = channel === "email"

  const draft = useMemo(
    () => ({
      event,
      channel,
      locale,
      body,
      ...(isEmail ? { subject } : {}),
    }),
    [event, channel, locale, body, subject, isEmail]
  )
  const preview = useTemplatePreview(useDebounced(draft))
  const save = useSaveTemplate()
  const reset = useResetTemplate()
  const changed = body !== initial.body || subject !== (initial.subject ?? "")

  const onSave = () =>
    save.mutate(draft, {
      onSuccess: () => toast.success(t("bozorNotifications.templates.saved")),
      onError: (e) => toast.error(e.message),
    })

  const onReset = async () => {
    if (!override) {
      return
    }
    const confirmed = await prompt({
      title: t("bozorNotifications.templates.resetTitle"),
      description: t("bozorNotifications.templates.resetDescription"),
      confirmText: t("bozorNotifications.templates.reset"),
      cancelText: t("bozorNotifications.common.cancel"),
    })
    if (!confirmed) {
      return
    }
    reset.mutate(override.id, {
      onSuccess: () =>
        toast.success(t("bozorNotifications.templates.resetDone")),
      onError: (e) => toast.error(e.message),
    })
  }

  return (
    <div className="grid grid-cols-1 gap-6 px-6 py-4 lg:grid-cols-2">
      <div className="flex flex-col gap-y-4">
        <div>
          <Badge
            size="2xsmall"
            color={override ? "blue" : "grey"}
            data-testid="template-source"
            data-source={override ? "custom" : "default"}
          >
            {override
              ? t("bozorNotifications.templates.custom")
              : t("bozorNotifications.templates.default")}
          </Badge>
        </div>
        {isEmail && (
          <div className="flex flex-col gap-y-2">
            <Label size="small" weight="plus" htmlFor="template-subject">
              {t("bozorNotifications.templates.subject")}
            </Label>
            <Input
              id="template-subject"
              data-testid="template-subject"
              value={subject}
              maxLength={200}
              onChange={(e) => setSubject(e.target.value)}
            />
          </div>
        )}
        <div className="flex flex-col gap-y-2">
          <Label size="small" weight="plus" htmlFor="template-body">
            {t("bozorNotifications.templates.body")}
          </Label>
          <Textarea
            id="template-body"
            data-testid="template-body"
            rows={isEmail ? 10 : 5}
            value={body}
            maxLength={5000}
            onChange={(e) => setBody(e.target.value)}
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
            {t("bozorNotifications.templates.variables")}
          </Text>
          <div className="flex flex-wrap gap-1">
            {variables.map((v) => (
              <Badge key={v} size="2xsmall" className="font-mono">
                {`{{${v}}}`}
              </Badge>
            ))}
          </div>
        </div>
        <div className="flex justify-end gap-x-2">
          <Button
            size="small"
            variant="secondary"
            data-testid="template-reset"
            disabled={!override}
            isLoading={reset.isPending}
            onClick={onReset}
          >
            {t("bozorNotifications.templates.reset")}
          </Button>
          <Button
            size="small"
            data-testid="template-save"
            disabled={!changed || !body.trim()}
            isLoading={save.isPending}
            onClick={onSave}
          >
            {t("bozorNotifications.templates.save")}
          </Button>
        </div>
      </div>
      <TemplatePreview
        preview={body ? preview.data : undefined}
        error={preview.error}
      />
    </div>
  )
}

import { Badge, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { TemplatePreview as Preview } from "../lib/types"

/** The rendered draft: the SMS bubble with its segment count, or the e-mail's subject and text. */
export const TemplatePreview = ({
  preview,
  error,
}: {
  preview: Preview | undefined
  error: Error | null
}) => {
  const { t } = useTranslation()
  const segments = preview?.segments
  return (
    <div className="flex flex-col gap-y-3" data-testid="template-preview">
      <div>
        <Heading level="h3">
          {t("bozorNotifications.templates.preview")}
        </Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("bozorNotifications.templates.previewHint")}
        </Text>
      </div>
      {error && (
        <Text size="small" className="text-ui-fg-error">
          {error.message}
        </Text>
      )}
      {!preview ? (
        <Text size="small" className="text-ui-fg-muted">
          {t("bozorNotifications.templates.previewEmpty")}
        </Text>
      ) : (
        <>
          {preview.subject !== null && (
            <Text
              size="small"
              weight="plus"
              data-testid="template-preview-subject"
            >
              {preview.subject}
            </Text>
          )}
          <div
            className="bg-ui-bg-subtle shadow-borders-base whitespace-pre-wrap rounded-lg px-4 py-3 text-sm"
            data-testid="template-preview-text"
          >
            {preview.text}
          </div>
          {segments && (
            <div
              className="flex flex-wrap items-center gap-2"
              data-testid="sms-segments"
            >
              <Badge
                size="2xsmall"
                color={segments.segments > 2 ? "red" : "green"}
                data-testid="sms-segment-count"
                data-segments={segments.segments}
              >
                {t("bozorNotifications.templates.segments", {
                  count: segments.segments,
                })}
              </Badge>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("bozorNotifications.templates.encoding", {
                  encoding: segments.encoding,
                })}
                {" · "}
                {t("bozorNotifications.templates.units", {
                  count: segments.units,
                })}
              </Text>
              {segments.segments > 2 && (
                <Text size="xsmall" className="text-ui-fg-error">
                  {t("bozorNotifications.templates.limit")}
                </Text>
              )}
            </div>
          )}
          {preview.unknown_variables.length > 0 && (
            <Text size="xsmall" className="text-ui-fg-error">
              {t("bozorNotifications.templates.unknownVariables", {
                names: preview.unknown_variables.join(", "),
              })}
            </Text>
          )}
        </>
      )}
    </div>
  )
}

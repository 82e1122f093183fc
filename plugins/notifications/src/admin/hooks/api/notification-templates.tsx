import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import type {
  Channel,
  Locale,
  NotificationKind,
  NotificationTemplate,
  TemplatePreview,
} from "../../lib/types"

const KEY = "bozor-notification-templates"

type TemplateKey = { event: string; channel: Channel; locale: Locale }
type TemplateDraft = TemplateKey & { subject?: string | null; body: string }

/** The kinds a merchant can override, with their default texts. */
export const useNotificationKinds = () =>
  useQuery({
    queryKey: [KEY, "kinds"],
    queryFn: () =>
      sdk.client.fetch<{ notification_kinds: NotificationKind[] }>(
        "/admin/notification-templates/kinds",
        { query: { limit: 100 } }
      ),
  })

/** The merchant's override of (kind, channel, language), null when the default applies. */
export const useTemplateOverride = (key: TemplateKey | null) =>
  useQuery({
    queryKey: [KEY, "override", key],
    enabled: !!key,
    queryFn: async () => {
      const { notification_templates } = await sdk.client.fetch<{
        notification_templates: NotificationTemplate[]
      }>("/admin/notification-templates", { query: { ...key!, limit: 1 } })
      return notification_templates[0] ?? null
    },
  })

/** The draft rendered by the server with sample values, with its SMS segments. */
export const useTemplatePreview = (draft: TemplateDraft | null) =>
  useQuery({
    queryKey: [KEY, "preview", draft],
    enabled: !!draft && draft.body.length > 0,
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const { preview } = await sdk.client.fetch<{ preview: TemplatePreview }>(
        "/admin/notification-templates/preview",
        { method: "POST", body: draft! }
      )
      return preview
    },
  })

export const useSaveTemplate = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (draft: TemplateDraft) =>
      sdk.client.fetch<{ notification_template: NotificationTemplate }>(
        "/admin/notification-templates",
        { method: "POST", body: draft }
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: [KEY, "override"] }),
  })
}

/** Deletes the override: the default text applies again. */
export const useResetTemplate = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch(`/admin/notification-templates/${id}`, {
        method: "DELETE",
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: [KEY, "override"] }),
  })
}

import { NOTIFICATION_TEMPLATE_FIELDS } from "../../../workflows/notifications/upsert-notification-template"

export const listNotificationTemplatesQueryConfig = {
  defaults: NOTIFICATION_TEMPLATE_FIELDS,
  isList: true,
}

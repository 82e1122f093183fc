import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_TEMPLATES_MODULE } from "../../../modules/notification-templates"
import type NotificationTemplatesModuleService from "../../../modules/notification-templates/service"
import {
  isBuiltInKind,
  type RequestedTemplates,
} from "../../../modules/notification-templates/types"

export const upsertNotificationKindStepId =
  "notifications-upsert-notification-kind-step"

export type UpsertNotificationKindInput = {
  kind: string
  audience: "customer" | "admins"
  event_name: string
  templates: RequestedTemplates
  variables: string[]
}

type Row = UpsertNotificationKindInput & { id: string }
type Undo = { created?: string; previous?: Row }

const same = (a: UpsertNotificationKindInput, b: UpsertNotificationKindInput) =>
  a.audience === b.audience &&
  a.event_name === b.event_name &&
  JSON.stringify(a.templates) === JSON.stringify(b.templates) &&
  JSON.stringify([...a.variables].sort()) ===
    JSON.stringify([...b.variables].sort())

/**
 * Records a requested kind with the defaults of its latest request, so that
 * a merchant can override it and the dashboard can list it. Unchanged
 * defaults write nothing; built-in kinds are never recorded.
 */
export const upsertNotificationKindStep = createStep(
  upsertNotificationKindStepId,
  async (input: UpsertNotificationKindInput, { container }) => {
    if (isBuiltInKind(input.kind)) {
      return new StepResponse(null, {} as Undo)
    }
    const service: NotificationTemplatesModuleService = container.resolve(
      NOTIFICATION_TEMPLATES_MODULE
    )
    const values = {
      audience: input.audience,
      event_name: input.event_name,
      templates: input.templates,
      variables: input.variables,
    }
    let [existing] = await service.listNotificationKinds({ kind: input.kind })
    if (!existing) {
      try {
        const created = await service.createNotificationKinds({
          kind: input.kind,
          ...values,
        })
        return new StepResponse(created.id, { created: created.id } as Undo)
      } catch (e) {
        // Another request of the same new kind recorded it first.
        ;[existing] = await service.listNotificationKinds({ kind: input.kind })
        if (!existing) {
          throw e
        }
      }
    }
    const previous: Row = {
      id: existing.id,
      kind: existing.kind,
      audience: existing.audience as Row["audience"],
      event_name: existing.event_name,
      templates: existing.templates as RequestedTemplates,
      variables: existing.variables.map(String),
    }
    if (same(previous, input)) {
      return new StepResponse(existing.id, {} as Undo)
    }
    await service.updateNotificationKinds({ id: existing.id, ...values })
    return new StepResponse(existing.id, { previous } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: NotificationTemplatesModuleService = container.resolve(
      NOTIFICATION_TEMPLATES_MODULE
    )
    if (undo.created) {
      await service.deleteNotificationKinds(undo.created)
    }
    if (undo.previous) {
      const { kind: _kind, ...restore } = undo.previous
      await service.updateNotificationKinds(restore)
    }
  }
)

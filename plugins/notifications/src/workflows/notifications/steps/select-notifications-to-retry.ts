import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_TEMPLATES_MODULE } from "../../../modules/notification-templates"
import type NotificationTemplatesModuleService from "../../../modules/notification-templates/service"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CreateNotificationDTO } from "@medusajs/framework/types"

export type RetryPolicy = {
  /** Total tries including the first send. */
  max_attempts: number
  /** Delay before the first retry; each further retry waits twice as long. */
  base_delay_seconds: number
  /** Failures older than this are left alone (e.g. after an outage longer than the window). */
  max_age_hours: number
  /** Page size when scanning failed notifications. */
  batch_size: number
  /**
   * A notification still `pending` after this many seconds was never
   * finished (the process died between storing and sending it): it is
   * treated as a failed try. Defaults to 900.
   */
  stale_pending_seconds?: number
}

export type SelectNotificationsToRetryInput = RetryPolicy & {
  /** ISO time the job runs at; defaults to now. */
  now?: string
}

export type RetrySelection = {
  retries: CreateNotificationDTO[]
  /** Failed notifications whose tries are used up: they stay failed. */
  exhausted: string[]
  /** Failed notifications waiting for their backoff delay. */
  waiting: number
}

export const selectNotificationsToRetryStepId =
  "notifications-select-notifications-to-retry-step"

type Row = {
  id: string
  to: string
  from: string | null
  channel: string
  template: string | null
  data: Record<string, unknown> | null
  trigger_type: string | null
  resource_id: string | null
  resource_type: string | null
  receiver_id: string | null
  idempotency_key: string | null
  original_notification_id: string | null
  status: string
  created_at: string | Date
}

const FIELDS = [
  "id",
  "to",
  "from",
  "channel",
  "template",
  "data",
  "trigger_type",
  "resource_id",
  "resource_type",
  "receiver_id",
  "idempotency_key",
  "original_notification_id",
  "status",
  "created_at",
]

/**
 * Finds failed SMS and e-mail notifications (and ones stuck in `pending`,
 * see `stale_pending_seconds`) that are due for another try:
 * retry n (1-based) waits `base_delay_seconds × 2^(n-1)` after the previous
 * try, and a notification gets at most `max_attempts` tries. A retry is a new
 * notification pointing at the failed one (`original_notification_id`), with
 * the idempotency key `<original key>:retry:<n>`, so two job runs cannot
 * send the same retry twice.
 */
export const selectNotificationsToRetryStep = createStep(
  selectNotificationsToRetryStepId,
  async (input: SelectNotificationsToRetryInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const templates: NotificationTemplatesModuleService = container.resolve(
      NOTIFICATION_TEMPLATES_MODULE
    )
    // Pushes too when they are on (a 429 from FCM is worth another try).
    const pushChannel = templates.getPushChannel()
    const channels = pushChannel
      ? ["sms", "email", pushChannel]
      : ["sms", "email"]
    const now = input.now ? new Date(input.now) : new Date()
    const since = new Date(now.getTime() - input.max_age_hours * 3600 * 1000)
    const selection: RetrySelection = { retries: [], exhausted: [], waiting: 0 }

    for (let skip = 0; ; skip += input.batch_size) {
      const { data } = await query.graph({
        entity: "notification",
        fields: FIELDS,
        filters: {
          status: ["failure", "pending"],
          original_notification_id: null,
          channel: channels,
          created_at: { $gte: since },
        },
        pagination: {
          skip,
          take: input.batch_size,
          order: { created_at: "ASC" },
        },
      })
      const failed = data as Row[]
      if (!failed.length) {
        break
      }
      const { data: retryRows } = await query.graph({
        entity: "notification",
        fields: FIELDS,
        filters: { original_notification_id: failed.map((f) => f.id) },
      })
      const retriesOf = new Map<string, Row[]>()
      for (const r of retryRows as Row[]) {
        const list = retriesOf.get(r.original_notification_id!) ?? []
        list.push(r)
        retriesOf.set(r.original_notification_id!, list)
      }
      const staleBefore =
        now.getTime() - (input.stale_pending_seconds ?? 900) * 1000
      const isFailed = (n: Row) =>
        n.status === "failure" ||
        (n.status === "pending" &&
          new Date(n.created_at).getTime() < staleBefore)
      for (const original of failed) {
        if (!isFailed(original)) {
          continue // being sent right now
        }
        const tries = retriesOf.get(original.id) ?? []
        if (tries.some((t) => !isFailed(t))) {
          continue // delivered by a retry, or a retry still in flight
        }
        const attempts = 1 + tries.length
        if (attempts >= input.max_attempts) {
          selection.exhausted.push(original.id)
          continue
        }
        const last = Math.max(
          new Date(original.created_at).getTime(),
          ...tries.map((t) => new Date(t.created_at).getTime())
        )
        const due = last + input.base_delay_seconds * 1000 * 2 ** (attempts - 1)
        if (now.getTime() < due) {
          selection.waiting++
          continue
        }
        const data = original.data ?? {}
        const str = (v: unknown) => (typeof v === "string" ? v : undefined)
        selection.retries.push({
          to: original.to,
          from: original.from,
          channel: original.channel,
          template: original.template,
          data,
          // The rendered message was stored in `data` when it was first sent.
          content: {
            text: str(data.text),
            subject: str(data.subject),
            html: str(data.html),
          },
          trigger_type: original.trigger_type,
          resource_id: original.resource_id,
          resource_type: original.resource_type,
          receiver_id: original.receiver_id,
          original_notification_id: original.id,
          idempotency_key: `${original.idempotency_key ?? original.id}:retry:${attempts}`,
        })
      }
      if (failed.length < input.batch_size) {
        break
      }
    }
    return new StepResponse(selection)
  }
)

import {
  InjectManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { NotificationRead } from "./models/notification-read"
import { NotificationInboxState } from "./models/notification-inbox-state"

/** Read state of customers' in-app inbox (the messages are Notification Module rows). */
class NotificationInboxModuleService extends MedusaService({
  NotificationRead,
  NotificationInboxState,
}) {
  /**
   * Marks these notifications read for the customer; already-read ones keep
   * their first `read_at`. Returns the ids newly marked.
   */
  @InjectManager()
  async markRead(
    customerId: string,
    notifications: { id: string; created_at: Date | string }[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    if (!notifications.length) {
      return []
    }
    const knex = sharedContext.manager!.getKnex()
    const { rows } = await knex.raw(
      `insert into notification_read (id, notification_id, customer_id, notification_created_at, read_at)
       select 'nread_' || replace(gen_random_uuid()::text, '-', ''), v.id, ?, v.created_at, now()
       from unnest(?::text[], ?::timestamptz[]) as v(id, created_at)
       on conflict (notification_id) where deleted_at is null do nothing
       returning notification_id`,
      [
        customerId,
        notifications.map((n) => n.id),
        notifications.map((n) => new Date(n.created_at).toISOString()),
      ]
    )
    return rows.map((r: { notification_id: string }) => r.notification_id)
  }

  /** Everything in the customer's inbox up to `before` is read (one row per customer). */
  @InjectManager()
  async markAllRead(
    customerId: string,
    before: Date,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const knex = sharedContext.manager!.getKnex()
    await knex.raw(
      `insert into notification_inbox_state (id, customer_id, read_all_before)
       values ('ninbx_' || replace(gen_random_uuid()::text, '-', ''), ?, ?)
       on conflict (customer_id) where deleted_at is null
       do update set read_all_before = greatest(notification_inbox_state.read_all_before, excluded.read_all_before),
                     updated_at = now()`,
      [customerId, before]
    )
  }
}

export default NotificationInboxModuleService

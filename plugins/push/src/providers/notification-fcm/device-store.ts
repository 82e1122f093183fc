/**
 * Reads and prunes the push plugin's `push_device` rows. A module provider
 * only sees the Notification Module's container, not the push-devices
 * module's service, so it uses the shared connection with bound parameters
 * (as the Eskiz token store does).
 */
import type { FcmDevice } from "./types"

/** The subset of knex used: the module container's `__pg_connection__`. */
export type PgConnection = {
  raw: (
    sql: string,
    bindings: readonly (string | number | Date | null)[]
  ) => PromiseLike<{ rows: Record<string, unknown>[] }>
}

export class DeviceStore {
  constructor(private readonly pg: PgConnection) {}

  /** The customer's registered devices, oldest first. */
  async listForCustomer(customerId: string): Promise<FcmDevice[]> {
    const { rows } = await this.pg.raw(
      `select id, token, platform, locale from push_device
       where customer_id = ? and deleted_at is null
       order by created_at, id`,
      [customerId]
    )
    return rows.map((r) => ({
      id: String(r.id),
      token: String(r.token),
      platform: String(r.platform),
      locale: r.locale ? String(r.locale) : null,
    }))
  }

  /** Removes a device whose token FCM no longer knows (only if the token is still the one sent to). */
  async removeUnregistered(device: FcmDevice): Promise<void> {
    await this.pg.raw(
      `update push_device set deleted_at = now(), updated_at = now()
       where id = ? and token = ? and deleted_at is null`,
      [device.id, device.token]
    )
  }
}

/**
 * Stores the Eskiz bearer token in PostgreSQL (table `notification_provider_token`,
 * created by the notification-delivery module's migration) so every server and
 * worker process shares one token instead of logging in per process
 * (uz-providers spec §3: "cache the token (in DB or Redis, not per request)").
 */
import { generateEntityId } from "@medusajs/framework/utils"

export type StoredToken = { token: string; expiresAt: Date }

/** The subset of knex the store uses: the module container's `__pg_connection__`. */
export type PgConnection = {
  raw: (
    sql: string,
    bindings: readonly (string | number | Date | null)[]
  ) => PromiseLike<{ rows: Record<string, unknown>[] }>
}

export class DbTokenStore {
  constructor(private readonly pg: PgConnection) {}

  async get(key: string): Promise<StoredToken | null> {
    const { rows } = await this.pg.raw(
      `select token, expires_at from notification_provider_token where provider = ? and deleted_at is null`,
      [key]
    )
    const row = rows[0]
    if (!row || typeof row.token !== "string") {
      return null
    }
    return { token: row.token, expiresAt: new Date(String(row.expires_at)) }
  }

  async set(key: string, value: StoredToken): Promise<void> {
    await this.pg.raw(
      `insert into notification_provider_token (id, provider, token, expires_at)
       values (?, ?, ?, ?)
       on conflict (provider) where deleted_at is null
       do update set token = excluded.token, expires_at = excluded.expires_at, updated_at = now()`,
      [generateEntityId(undefined, "nptok"), key, value.token, value.expiresAt]
    )
  }

  /** Forgets `token` unless another process has already replaced it. */
  async invalidate(key: string, token: string): Promise<void> {
    await this.pg.raw(
      `delete from notification_provider_token where provider = ? and token = ?`,
      [key, token]
    )
  }
}

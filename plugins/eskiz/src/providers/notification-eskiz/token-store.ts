/**
 * Stores the Eskiz bearer token in PostgreSQL (table `eskiz_token`, owned by
 * this plugin's `eskiz` module and created by its migration) so every server
 * and worker process shares one token instead of logging in per process
 * (uz-providers spec §3: "cache the token (in DB or Redis, not per request)").
 * A module provider cannot resolve another module's service (it only sees the
 * notification module's container), so it uses the shared connection with
 * bound parameters.
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
      `select token, expires_at from eskiz_token where key = ? and deleted_at is null`,
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
      `insert into eskiz_token (id, key, token, expires_at)
       values (?, ?, ?, ?)
       on conflict (key) where deleted_at is null
       do update set token = excluded.token, expires_at = excluded.expires_at, updated_at = now()`,
      [generateEntityId(undefined, "eztok"), key, value.token, value.expiresAt]
    )
  }

  /** Forgets `token` unless another process has already replaced it. */
  async invalidate(key: string, token: string): Promise<void> {
    await this.pg.raw(`delete from eskiz_token where key = ? and token = ?`, [
      key,
      token,
    ])
  }
}

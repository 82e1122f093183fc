import { Client } from "pg"

/**
 * A database for Medusa's module test runner, created from `template0`.
 * `npm test` migrates `template1` of its own cluster so that each app suite's
 * database starts migrated; a module suite wants only its module's tables,
 * and its runner builds them in whatever database it is given. Call at the
 * top of the spec and pass the name as `dbName`: this file's hooks run
 * before the runner's and after it.
 */
export function useEmptyDatabase(prefix: string): string {
  const name = `${prefix}_module_${process.env.JEST_WORKER_ID ?? "1"}_${process.pid}`
  const admin = async (sql: string) => {
    const client = new Client({
      host: process.env.DB_HOST ?? "localhost",
      port: Number(process.env.DB_PORT ?? 5432),
      user: process.env.DB_USERNAME ?? "postgres",
      password: process.env.DB_PASSWORD || undefined,
      database: "postgres",
    })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  beforeAll(async () => {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin(`CREATE DATABASE "${name}" TEMPLATE template0`)
  })
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  })
  return name
}

import path from "node:path"
import { spawn } from "node:child_process"
import { Client } from "pg"

// Runs the Bozor app's own `medusa` commands (the real config, every plugin
// and module) against a database of its own.
const root = path.resolve(__dirname, "..", "..", "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")

export function databaseUrl(name: string) {
  const { DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD } = process.env
  const auth = DB_PASSWORD
    ? `${encodeURIComponent(DB_USERNAME ?? "")}:${encodeURIComponent(DB_PASSWORD)}`
    : encodeURIComponent(DB_USERNAME ?? "postgres")
  return `postgres://${auth}@${DB_HOST ?? "localhost"}:${DB_PORT ?? 5432}/${name}`
}

async function admin(sql: string) {
  const client = new Client({ connectionString: databaseUrl("postgres") })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A fresh database, migrated by the app itself. */
export async function createMigratedDatabase(name: string) {
  await admin(`CREATE DATABASE ${name} TEMPLATE template0`)
  const migrate = await medusa(name, ["db:migrate", "--execute-safe-links"])
  if (migrate.code !== 0) {
    throw new Error(`medusa db:migrate failed:\n${migrate.output}`)
  }
}

export const dropDatabase = (name: string) =>
  admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)

export function medusa(
  database: string,
  args: string[],
  extraEnv: Record<string, string> = {}
) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(medusaBin, args, {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "development",
        DATABASE_URL: databaseUrl(database),
        MEDUSA_DISABLE_TELEMETRY: "true",
        MEDUSA_ADMIN_DISABLED: "true",
        ...extraEnv,
      },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("exit", (code) => resolve({ code, output }))
  })
}

/** Boots the app (`medusa exec` of a script) with extra environment. */
export const boot = (
  database: string,
  script: string,
  env: Record<string, string> = {}
) => medusa(database, ["exec", path.join(__dirname, "..", script)], env)

#!/usr/bin/env node
// `npm run seed`: the demo store into DATABASE_URL (or the embedded database
// of the data folder), after applying pending migrations. Idempotent.
const { root, medusaBin, log, run, ensureDatabase } = require("./lib/runtime")

async function main() {
  const db = await ensureDatabase()
  const env = {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: process.env.MEDUSA_DISABLE_TELEMETRY || "true",
    DATABASE_URL: db.url,
    JWT_SECRET: process.env.JWT_SECRET || db.secrets.jwtSecret,
    COOKIE_SECRET: process.env.COOKIE_SECRET || db.secrets.cookieSecret,
    MEDUSA_WORKER_MODE: "shared",
  }
  try {
    await run(medusaBin, ["db:migrate"], { cwd: root, env })
    await run(medusaBin, ["exec", "./src/scripts/seed.ts"], { cwd: root, env })
    log("Demo store seeded.")
  } finally {
    db.embedded?.stop()
  }
}

main().catch((e) => {
  console.error(`[bozor] ${e.message}`)
  process.exit(1)
})

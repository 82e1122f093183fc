#!/usr/bin/env node
// `npm start`: Bozor with nothing else installed. Without DATABASE_URL it runs
// an embedded PostgreSQL in the data folder (.bozor, or BOZOR_DATA_DIR),
// migrates, seeds the demo store once, builds the server and dashboard when
// needed and serves on PORT (9000). Ctrl-C stops Medusa, then PostgreSQL.
// `npm run start:worker` (MEDUSA_WORKER_MODE=worker) starts a worker instead.
const fs = require("node:fs")
const path = require("node:path")
const http = require("node:http")
const { spawn } = require("node:child_process")
const {
  serverDir,
  medusaBin,
  log,
  run,
  ensureDatabase,
  ensureBuild,
  publishableKey,
} = require("./lib/runtime")

const workerMode = process.env.MEDUSA_WORKER_MODE || "shared"
const isWorker = workerMode === "worker"
const port = Number(process.env.PORT || (isWorker ? 9001 : 9000))

let db = null
let server = null
let stopping = false

async function main() {
  if (workerMode !== "shared" && !process.env.REDIS_URL) {
    // Events and workflow steps only cross processes through Redis.
    throw new Error(
      `MEDUSA_WORKER_MODE=${workerMode} needs REDIS_URL: a separate server and worker share events, workflows and locks through Redis.`
    )
  }
  db = await ensureDatabase()
  const env = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV || "production",
    MEDUSA_DISABLE_TELEMETRY: process.env.MEDUSA_DISABLE_TELEMETRY || "true",
    DATABASE_URL: db.url,
    JWT_SECRET: process.env.JWT_SECRET || db.secrets.jwtSecret,
    COOKIE_SECRET: process.env.COOKIE_SECRET || db.secrets.cookieSecret,
    // Plain-HTTP localhost needs non-Secure session cookies for the dashboard;
    // behind TLS set COOKIE_SECURE=true.
    COOKIE_SECURE: process.env.COOKIE_SECURE || "false",
    MEDUSA_WORKER_MODE: workerMode,
    PORT: String(port),
  }
  const withAdmin = !isWorker && env.MEDUSA_ADMIN_DISABLED !== "true"

  await ensureBuild({ env, withAdmin })
  if (stopping) return

  let seedResult = null
  if (!isWorker) {
    log("Applying migrations…")
    await run(medusaBin, ["db:migrate"], { cwd: serverDir, env })
    if (stopping) return

    // The demo store is seeded once, and only into the embedded database:
    // a server of your own is seeded with `npm run seed`.
    const marker = path.join(db.dir, "seeded")
    if (db.embedded && !fs.existsSync(marker)) {
      log("Seeding the demo store…")
      const resultFile = path.join(db.dir, `seed-result-${process.pid}.json`)
      await run(medusaBin, ["exec", "./src/scripts/seed.js"], {
        cwd: serverDir,
        env: { ...env, BOZOR_SEED_RESULT_FILE: resultFile },
      })
      seedResult = JSON.parse(fs.readFileSync(resultFile, "utf8"))
      fs.rmSync(resultFile, { force: true })
      fs.writeFileSync(marker, new Date().toISOString())
    }
  }
  if (stopping) return

  server = spawn(medusaBin, ["start"], {
    cwd: serverDir,
    env,
    stdio: "inherit",
    // Its own process group, so we stop it (and its children) on our terms.
    detached: true,
  })
  server.on("exit", async (code, signal) => {
    server = null
    if (!stopping) {
      log(`Medusa exited (${code ?? signal}); stopping.`)
      await shutdown(code || 1)
    }
  })

  await waitForHealth(port)
  if (!stopping) {
    await banner(env, seedResult)
  }
}

function waitForHealth(port) {
  return new Promise((resolve) => {
    const attempt = () => {
      if (stopping || !server) return resolve()
      const req = http.get(
        { host: "127.0.0.1", port, path: "/health" },
        (res) => {
          res.resume()
          res.statusCode === 200 ? resolve() : setTimeout(attempt, 500)
        }
      )
      req.on("error", () => setTimeout(attempt, 500))
    }
    attempt()
  })
}

async function banner(env, seedResult) {
  const base = `http://localhost:${port}`
  if (isWorker) {
    log(`Worker ready (health on ${base}/health).`)
    return
  }
  const key = await publishableKey(env.DATABASE_URL).catch(() => null)
  const email =
    seedResult?.adminEmail || env.BOZOR_ADMIN_EMAIL || "admin@bozor.uz"
  const password = seedResult?.generatedAdminPassword
    ? `${seedResult.generatedAdminPassword}   (generated: shown only this once)`
    : env.BOZOR_ADMIN_PASSWORD
      ? "(BOZOR_ADMIN_PASSWORD)"
      : "(shown at the first start; reset: npx medusa user -e <email> -p <password>)"
  const lines = [
    "",
    "  Bozor is ready.",
    "",
    `  Store API        ${base}/store`,
    `  Publishable key  ${key ?? "(none yet: create one in the dashboard)"}`,
    `  Admin API        ${base}/admin`,
    `  Dashboard        ${env.MEDUSA_ADMIN_DISABLED === "true" ? "(disabled)" : `${base}/app`}`,
    `  Admin login      ${email}`,
    `  Admin password   ${password}`,
    `  Database         ${db.embedded ? `embedded PostgreSQL, data in ${db.dir}` : "DATABASE_URL"}`,
    "",
    `  Try: curl -H "x-publishable-api-key: ${key ?? "<key>"}" ${base}/store/products`,
    "",
  ]
  console.log(lines.join("\n"))
}

let shuttingDown = null

function shutdown(code = 0) {
  shuttingDown ??= stopAll(code)
  return shuttingDown
}

async function stopAll(code) {
  stopping = true
  if (run.current) {
    run.current.kill("SIGTERM")
  }
  if (server) {
    log("Stopping Medusa…")
    const exited = new Promise((resolve) => server.once("exit", resolve))
    signalGroup(server.pid, "SIGTERM")
    const timer = setTimeout(
      () => server && signalGroup(server.pid, "SIGKILL"),
      15000
    )
    await exited
    clearTimeout(timer)
  }
  if (db?.embedded) {
    log("Stopping PostgreSQL…")
    try {
      db.embedded.stop()
    } catch (e) {
      console.error(e.message)
      code = code || 1
    }
  }
  log("Stopped.")
  process.exit(code)
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal)
  } catch {}
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))
process.on("SIGHUP", () => shutdown(0))

main().catch(async (e) => {
  if (!stopping) {
    console.error(`[bozor] ${e.message}`)
  }
  await shutdown(1)
})

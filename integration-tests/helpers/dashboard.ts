import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import net from "node:net"
import crypto from "node:crypto"
import { ChildProcess, spawn } from "node:child_process"
import axios, { AxiosInstance } from "axios"
import { Client } from "pg"
import type { Browser, Page } from "playwright-core"
import { CHROMIUM, gotoApp, launchChromium, openDashboard } from "./browser"

// The dashboard as a merchant sees it: the Bozor store started the way
// `npm start` starts it (built with the dashboard when stale, migrated,
// served), the demo store seeded, and Debian's Chromium logged in to /app.
// One store per spec file; builds are serialised by a lock folder.

const root = path.resolve(__dirname, "..", "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const serverDir = path.join(root, ".medusa", "server")
const buildLock = path.join(root, ".medusa", "build.lock")
export const screenshotsDir = path.join(root, "docs", "screenshots")

const ADMIN_EMAIL = "admin@dashboard-test.bozor.uz"
const ADMIN_PASSWORD = "dashboard-test-password"
// The first suite of a run may build the dashboard and the template while the
// other jest worker is busy, and the others wait for it under the lock.
const START_TIMEOUT = 20 * 60 * 1000

export type SeedResult = {
  publishableKey: string
  salesChannelId: string
  regionUzId: string
  regionIntlId: string
  stockLocationId: string
  adminEmail: string
}

export type DashboardStore = {
  baseUrl: string
  admin: AxiosInstance
  storefront: AxiosInstance
  seed: SeedResult
  page: Page
  screenshot: (name: string) => Promise<string>
  gotoApp: (appPath: string) => Promise<void>
}

const pgConfig = () => ({
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || undefined,
})

async function adminSql(text: string) {
  const client = new Client({ ...pgConfig(), database: "postgres" })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

function databaseUrl(name: string) {
  const c = pgConfig()
  const auth = c.password
    ? `${encodeURIComponent(c.user)}:${encodeURIComponent(c.password)}`
    : encodeURIComponent(c.user)
  return `postgres://${auth}@${c.host}:${c.port}/${name}`
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Whether a process still runs. */
function alive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Waits for the build lock (one `medusa build` at a time across suites): a
 * folder holding its owner's pid, taken over when that process is gone.
 */
async function acquireBuildLock() {
  fs.mkdirSync(path.dirname(buildLock), { recursive: true })
  const owner = path.join(buildLock, "pid")
  const deadline = Date.now() + START_TIMEOUT
  for (;;) {
    try {
      fs.mkdirSync(buildLock)
      fs.writeFileSync(owner, String(process.pid))
      const release = () =>
        fs.rmSync(buildLock, { recursive: true, force: true })
      held.add(release)
      return () => {
        held.delete(release)
        release()
      }
    } catch (e: any) {
      if (e.code !== "EEXIST") throw e
      const pid = Number(fs.existsSync(owner) && fs.readFileSync(owner, "utf8"))
      const age = Date.now() - fs.statSync(buildLock).mtimeMs
      if ((pid && !alive(pid)) || (!pid && age > 10_000)) {
        fs.rmSync(buildLock, { recursive: true, force: true })
        continue
      }
      if (Date.now() > deadline) {
        throw new Error(`Timed out waiting for ${buildLock} (held by ${pid})`)
      }
      await new Promise((r) => setTimeout(r, 500))
    }
  }
}

// What this process started or holds, ended even when jest's --forceExit
// cuts a timed-out hook short: 'exit' handlers run synchronously.
const children = new Set<ChildProcess>()
const held = new Set<() => void>()
process.once("exit", () => {
  for (const child of children) killGroup(child, "SIGKILL")
  for (const release of held) release()
})

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

function runToEnd(args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(medusaBin, args, { cwd, env, stdio: "pipe" })
    let output = ""
    child.stdout!.on("data", (d) => (output += d))
    child.stderr!.on("data", (d) => (output += d))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `medusa ${args.join(" ")}: ${code}\n${output.slice(-4000)}`
            )
          )
    )
  })
}

async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  output: () => string
) {
  const deadline = Date.now() + START_TIMEOUT
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The store exited:\n${output().slice(-4000)}`)
    }
    const ok = await axios
      .get(`${baseUrl}/health`, { timeout: 2000 })
      .then((r) => r.status === 200)
      .catch(() => false)
    if (ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The store did not answer /health:\n${output().slice(-4000)}`)
}

function stopGroup(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) {
      children.delete(child)
      return resolve()
    }
    const force = setTimeout(() => killGroup(child, "SIGKILL"), 20_000)
    child.once("exit", () => {
      clearTimeout(force)
      children.delete(child)
      resolve()
    })
    killGroup(child, "SIGTERM")
  })
}

/** The migrated, seeded database each suite of one test run copies. */
const templateName = `bozor_dashboard_template_${process.env.BOZOR_TEST_RUN_ID || process.ppid}`
const templateSeedFile = path.join(os.tmpdir(), `${templateName}.json`)

function storeEnv(
  database: string,
  port: number,
  dataDir: string,
  extra: Record<string, string> = {}
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extra,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl(database),
    BOZOR_DATA_DIR: dataDir,
    PORT: String(port),
    BOZOR_ADMIN_EMAIL: ADMIN_EMAIL,
    BOZOR_ADMIN_PASSWORD: ADMIN_PASSWORD,
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_WORKER_MODE: "shared",
    JWT_SECRET: crypto.randomBytes(24).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(24).toString("hex"),
    COOKIE_SECURE: "false",
  }
  delete env.MEDUSA_ADMIN_DISABLED
  delete env.NODE_OPTIONS
  return env
}

/** `npm start`: builds when stale, migrates, serves (own process group). */
function startStore(env: NodeJS.ProcessEnv) {
  let output = ""
  const child = spawn(process.execPath, [path.join(root, "scripts/start.js")], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  children.add(child)
  child.stdout!.on("data", (d) => (output += d))
  child.stderr!.on("data", (d) => (output += d))
  return { child, output: () => output }
}

async function databaseExists(name: string) {
  const client = new Client({ ...pgConfig(), database: "postgres" })
  await client.connect()
  try {
    const { rowCount } = await client.query(
      "SELECT 1 FROM pg_database WHERE datname = $1",
      [name]
    )
    return rowCount === 1
  } finally {
    await client.end()
  }
}

async function ensureTemplate(port: number, dataDir: string) {
  if ((await databaseExists(templateName)) && fs.existsSync(templateSeedFile)) {
    return
  }
  await adminSql(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`)
  await adminSql(`CREATE DATABASE ${templateName}`)
  const env = storeEnv(templateName, port, dataDir)
  const { child, output } = startStore(env)
  try {
    await waitForHealth(`http://localhost:${port}`, child, output)
    await runToEnd(
      ["exec", "./src/scripts/seed.js"],
      { ...env, BOZOR_SEED_RESULT_FILE: templateSeedFile },
      serverDir
    )
  } finally {
    await stopGroup(child)
  }
}

/**
 * Registers beforeAll/afterAll that start the store with its dashboard and a
 * logged-in browser. The returned object's fields are set once beforeAll ran.
 */
export function useDashboardStore(
  o: { env?: Record<string, string> } = {}
): DashboardStore {
  const store = {} as DashboardStore
  const database = `bozor_dashboard_${crypto.randomBytes(4).toString("hex")}`
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bozor-dashboard-"))
  let server: ChildProcess | undefined
  let browser: Browser | undefined

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `The dashboard tests need Chromium at ${CHROMIUM}: \`apt-get install chromium\` (Debian; .ci/run does it), or set CHROMIUM_PATH.`
      )
    }
    const port = await freePort()
    const baseUrl = `http://localhost:${port}`
    const env = storeEnv(database, port, dataDir, o.env)

    // The first suite of a run builds (when stale), migrates and seeds the
    // template under the lock; every suite then serves a copy of it.
    const release = await acquireBuildLock()
    try {
      await ensureTemplate(port, dataDir)
      await adminSql(`CREATE DATABASE ${database} TEMPLATE ${templateName}`)
    } finally {
      release()
    }
    const started = startStore(env)
    server = started.child
    await waitForHealth(baseUrl, server, started.output)
    if (o.env) {
      // Providers this suite's options enable join the demo regions.
      await runToEnd(["exec", "./src/scripts/seed.js"], env, serverDir)
    }
    const seed = JSON.parse(
      fs.readFileSync(templateSeedFile, "utf8")
    ) as SeedResult

    const {
      data: { token },
    } = await axios.post(`${baseUrl}/auth/user/emailpass`, {
      email: ADMIN_EMAIL,
      password: ADMIN_PASSWORD,
    })
    store.baseUrl = baseUrl
    store.seed = seed
    store.admin = axios.create({
      baseURL: baseUrl,
      headers: { authorization: `Bearer ${token}` },
    })
    store.storefront = axios.create({
      baseURL: baseUrl,
      headers: { "x-publishable-api-key": seed.publishableKey },
    })

    browser = await launchChromium()
    const page = await openDashboard(browser, baseUrl, {
      email: ADMIN_EMAIL,
      password: ADMIN_PASSWORD,
    })
    store.page = page
    store.gotoApp = (appPath: string) => gotoApp(page, baseUrl, appPath)
    store.screenshot = async (name: string) => {
      fs.mkdirSync(screenshotsDir, { recursive: true })
      const file = path.join(screenshotsDir, `${name}.png`)
      await page.screenshot({ path: file })
      return file
    }
  }, START_TIMEOUT)

  afterAll(async () => {
    await browser?.close().catch(() => undefined)
    // The store, and a template store a timed-out start left behind.
    await Promise.all([...children].map((child) => stopGroup(child)))
    for (const release of held) release()
    await adminSql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(
      () => undefined
    )
    fs.rmSync(dataDir, { recursive: true, force: true })
  }, 60_000)

  return store
}

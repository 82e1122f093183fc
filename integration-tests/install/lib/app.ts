import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import crypto from "node:crypto"
import { Client } from "pg"
import {
  cleanEnv,
  freePort,
  run,
  seconds,
  Server,
  startServer,
  waitForHealth,
} from "./proc"
import type { InstallConfig } from "./scenario"

// A plain Medusa app made from `fixture/`: Medusa's packages installed once
// into a template folder, then one hard-linked copy per scenario plus the
// scenario's tarballs, its own database, `medusa db:migrate`, `medusa start`.

export const fixtureDir = path.resolve(__dirname, "..", "fixture")
const NPM_FLAGS = ["--prefer-offline", "--no-audit", "--no-fund"]

export type Timer = (label: string, started: number) => void

/**
 * Installs the fixture's dependencies (Medusa 2.21.2 only) into `dir`.
 * `INSTALL_TEST_TEMPLATE=<folder>` reuses a folder installed by an earlier
 * run (for iterating locally); by default every run installs afresh.
 */
export async function installTemplate(dir: string, time: Timer) {
  const reuse = process.env.INSTALL_TEST_TEMPLATE
  if (reuse && fs.existsSync(path.join(reuse, "node_modules"))) {
    copyFixture(reuse)
    return reuse
  }
  const target = reuse || dir
  fs.mkdirSync(target, { recursive: true })
  copyFixture(target)
  const started = Date.now()
  await run("npm", ["install", ...NPM_FLAGS], {
    cwd: target,
    timeoutMs: 600_000,
  })
  time("npm install of the fixture (Medusa 2.21.2, once per run)", started)
  return target
}

/** The fixture's own files: never an install or a build left in the repo. */
function copyFixture(dir: string) {
  fs.cpSync(fixtureDir, dir, {
    recursive: true,
    filter: (source) =>
      !/(^|\/)(node_modules|\.medusa|install-config\.json)$/.test(
        path.relative(fixtureDir, source)
      ),
  })
}

/**
 * A scenario's app: a hard-linked copy of the template (`cp -al`, ~1 s for
 * ~600 MB), then `npm install <tarballs>`, which adds the tarballs and what they
 * declare, nothing else. The files npm rewrites are copied, not linked, so the
 * template stays as installed.
 */
export async function createApp(
  template: string,
  dir: string,
  tarballs: string[],
  time: Timer
) {
  const started = Date.now()
  await run("cp", ["-al", template, dir], { cwd: os.tmpdir() })
  for (const file of [
    "package.json",
    "package-lock.json",
    "node_modules/.package-lock.json",
  ]) {
    const source = path.join(template, file)
    if (fs.existsSync(source)) {
      fs.rmSync(path.join(dir, file))
      fs.copyFileSync(source, path.join(dir, file))
    }
  }
  time("copy of the template (cp -al)", started)
  const installStarted = Date.now()
  await run("npm", ["install", ...tarballs, ...NPM_FLAGS], { cwd: dir })
  time(`npm install of ${tarballs.length} tarball(s)`, installStarted)
  const pkg = JSON.parse(
    fs.readFileSync(path.join(dir, "package.json"), "utf8")
  )
  return pkg.dependencies as Record<string, string>
}

export function writeInstallConfig(dir: string, config: InstallConfig) {
  // A new file, never one hard-linked to the template.
  fs.rmSync(path.join(dir, "install-config.json"), { force: true })
  fs.writeFileSync(
    path.join(dir, "install-config.json"),
    JSON.stringify(config, null, 2)
  )
}

function dbSettings() {
  return {
    host: process.env.DB_HOST || "localhost",
    port: Number(process.env.DB_PORT || 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || "",
  }
}

async function admin<T>(fn: (client: Client) => Promise<T>) {
  const client = new Client({ ...dbSettings(), database: "postgres" })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** A fresh database on the test PostgreSQL; returns its URL. */
export async function createDatabase(name: string) {
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE template0`))
  const s = dbSettings()
  return `postgres://${encodeURIComponent(s.user)}:${encodeURIComponent(
    s.password
  )}@${s.host}:${s.port}/${name}`
}

export async function dropDatabase(name: string) {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
}

export const uniqueName = (prefix: string) =>
  `${prefix}_${Date.now().toString(36)}_${crypto.randomBytes(3).toString("hex")}`

export type RunningApp = {
  baseUrl: string
  server: Server
  adminEmail: string
  adminPassword: string
}

/** The Medusa CLI of the app, as `npx medusa` would find it. */
const medusa = (dir: string) => path.join(dir, "node_modules", ".bin", "medusa")

export function appEnv(databaseUrl: string) {
  return cleanEnv({
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    MEDUSA_ADMIN_DISABLED: "true",
    JWT_SECRET: crypto.randomBytes(16).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(16).toString("hex"),
  })
}

/**
 * `medusa db:migrate`, then `medusa start` from the TypeScript config (no
 * build step) while `medusa user` creates the admin, then waits for /health.
 */
export async function migrateAndStart(
  dir: string,
  env: Record<string, string>,
  time: Timer
): Promise<RunningApp> {
  let started = Date.now()
  await run(medusa(dir), ["db:migrate"], { cwd: dir, env, timeoutMs: 400_000 })
  time("medusa db:migrate", started)

  started = Date.now()
  const port = await freePort()
  const adminEmail = "admin@install-test.example"
  const adminPassword = crypto.randomBytes(12).toString("hex")
  const server = startServer(medusa(dir), ["start", "--port", String(port)], {
    cwd: dir,
    env,
  })
  try {
    const baseUrl = `http://127.0.0.1:${port}`
    await Promise.all([
      run(medusa(dir), ["user", "-e", adminEmail, "-p", adminPassword], {
        cwd: dir,
        env,
        timeoutMs: 300_000,
      }).then(() => time("medusa user (beside the start)", started)),
      waitForHealth(`${baseUrl}/health`, server).then(() =>
        time("medusa start until /health answers", started)
      ),
    ])
    return { baseUrl, server, adminEmail, adminPassword }
  } catch (e) {
    await server.stop()
    throw e
  }
}

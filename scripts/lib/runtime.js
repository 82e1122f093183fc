// What `npm start`, `npm run seed` and the bench share: the data folder, the
// generated secrets, the database (embedded or DATABASE_URL) and the build.
const fs = require("node:fs")
const path = require("node:path")
const { buildWorkspaces } = require("./build-workspaces")
const crypto = require("node:crypto")
const { spawn } = require("node:child_process")
const { startEmbeddedPostgres } = require("./embedded-postgres")

const root = path.resolve(__dirname, "..", "..")
const serverDir = path.join(root, ".medusa", "server")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const DATABASE_NAME = "bozor"

function dataDir() {
  return path.resolve(root, process.env.BOZOR_DATA_DIR || ".bozor")
}

function log(message) {
  console.log(`[bozor] ${message}`)
}

/** Random secrets made once per data folder, so sessions survive restarts. */
function loadSecrets(dir) {
  const file = path.join(dir, "secrets.json")
  if (fs.existsSync(file)) {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  }
  const make = () => crypto.randomBytes(32).toString("base64url")
  const secrets = {
    jwtSecret: make(),
    cookieSecret: make(),
    postgresPassword: make(),
  }
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}

/**
 * The database to use: DATABASE_URL when set, otherwise the embedded cluster
 * of the data folder (started here or reused when already running).
 */
async function ensureDatabase() {
  const dir = dataDir()
  fs.mkdirSync(dir, { recursive: true })
  const secrets = loadSecrets(dir)
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: null, secrets, dir }
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: dir,
    password: secrets.postgresPassword,
    log,
  })
  await embedded.ensureDatabase(DATABASE_NAME)
  return { url: embedded.url(DATABASE_NAME), embedded, secrets, dir }
}

/** Runs a command to its end; rejects on a non-zero exit. */
function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", ...options })
    run.current = child
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      run.current = null
      if (code === 0) {
        resolve()
      } else {
        reject(
          new Error(
            `${path.basename(cmd)} ${args.join(" ")} exited with ${code ?? signal}`
          )
        )
      }
    })
  })
}

function pluginBuildStamps() {
  const dir = path.join(root, "plugins")
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .map((name) =>
      path.join(dir, name, ".medusa", "server", ".bozor-build.json")
    )
    .filter((stamp) => fs.existsSync(stamp))
    .map((stamp) => fs.statSync(stamp).mtimeMs)
}

function newestMtime(target) {
  if (!fs.existsSync(target)) {
    return 0
  }
  const stat = fs.statSync(target)
  if (!stat.isDirectory()) {
    return stat.mtimeMs
  }
  let newest = stat.mtimeMs
  for (const entry of fs.readdirSync(target)) {
    if (entry === "__tests__" || entry === "node_modules") {
      continue
    }
    newest = Math.max(newest, newestMtime(path.join(target, entry)))
  }
  return newest
}

/**
 * Builds the production server into .medusa/server when it is missing, older
 * than the sources, or lacks the dashboard that is now enabled. The build
 * shares the project's node_modules through a link instead of a second install.
 */
async function ensureBuild({ env, withAdmin }) {
  await buildWorkspaces({ log })
  const stampFile = path.join(serverDir, ".bozor-build.json")
  const sourcesMtime = Math.max(
    ...[
      "src",
      "config",
      "medusa-config.ts",
      "package.json",
      "tsconfig.json",
    ].map((p) => newestMtime(path.join(root, p))),
    // A rebuilt plugin brings new dashboard extensions.
    ...pluginBuildStamps()
  )
  let stamp = null
  try {
    stamp = JSON.parse(fs.readFileSync(stampFile, "utf8"))
  } catch {}
  const adminBuilt = fs.existsSync(
    path.join(serverDir, "public", "admin", "index.html")
  )
  const fresh =
    stamp && stamp.sourcesMtime >= sourcesMtime && (!withAdmin || adminBuilt)
  if (!fresh) {
    log(
      withAdmin
        ? "Building the server and the dashboard…"
        : "Building the server…"
    )
    await run(medusaBin, ["build"], { cwd: root, env })
    fs.writeFileSync(stampFile, JSON.stringify({ sourcesMtime, withAdmin }))
  }
  const modulesLink = path.join(serverDir, "node_modules")
  if (!fs.existsSync(modulesLink)) {
    fs.symlinkSync(path.join(root, "node_modules"), modulesLink, "dir")
  }
}

/** The publishable key storefronts use (the demo one first). */
async function publishableKey(databaseUrl) {
  const { Client } = require("pg")
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      `SELECT token FROM api_key
        WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL
        ORDER BY (title = 'Bozor Storefront') DESC, created_at ASC LIMIT 1`
    )
    return rows[0]?.token ?? null
  } finally {
    await client.end()
  }
}

module.exports = {
  root,
  serverDir,
  medusaBin,
  dataDir,
  log,
  run,
  ensureDatabase,
  ensureBuild,
  publishableKey,
}

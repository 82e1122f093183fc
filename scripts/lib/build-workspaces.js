// Builds the workspace packages whose sources are newer than their build:
// library packages (`packages/*`, `tsc`) first, then the Medusa plugins
// (`plugins/*`, `medusa plugin:build`), two at a time. A stamp in each build
// folder records the sources' newest mtime.
const fs = require("node:fs")
const path = require("node:path")
const { spawn } = require("node:child_process")

const root = path.resolve(__dirname, "..", "..")
const SKIP = new Set([
  "__tests__",
  "node_modules",
  ".medusa",
  "dist",
  "integration-tests",
])

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0
  const stat = fs.statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  // Files only: the admin build writes and removes a file in src/admin.
  let newest = 0
  for (const entry of fs.readdirSync(target)) {
    if (!SKIP.has(entry)) {
      newest = Math.max(newest, newestMtime(path.join(target, entry)))
    }
  }
  return newest
}

function hasSources(dir) {
  if (!fs.existsSync(dir)) return false
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .some((entry) =>
      entry.isDirectory()
        ? hasSources(path.join(dir, entry.name))
        : /\.tsx?$/.test(entry.name)
    )
}

function workspaces(kind) {
  const dir = path.join(root, kind)
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter((p) => fs.existsSync(path.join(p, "package.json")))
    .filter((p) => hasSources(path.join(p, "src")))
}

function exec(cmd, args, cwd, quiet) {
  return new Promise((resolve, reject) => {
    let output = ""
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    })
    child.stdout?.on("data", (d) => (output += d))
    child.stderr?.on("data", (d) => (output += d))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `${path.relative(root, cwd)}: ${cmd} ${args.join(" ")} exited with ${code}\n${output}`
            )
          )
    )
  })
}

/** Builds one workspace when stale; returns true when it built. */
async function buildIfStale(dir, { outDir, command, args, quiet }) {
  const stampFile = path.join(dir, outDir, ".bozor-build.json")
  const sources = Math.max(
    ...["src", "package.json", "tsconfig.json"].map((p) =>
      newestMtime(path.join(dir, p))
    )
  )
  let stamp = null
  try {
    stamp = JSON.parse(fs.readFileSync(stampFile, "utf8"))
  } catch {}
  if (stamp && stamp.sourcesMtime >= sources) return false
  await exec(command, args, dir, quiet)
  fs.mkdirSync(path.dirname(stampFile), { recursive: true })
  fs.writeFileSync(stampFile, JSON.stringify({ sourcesMtime: sources }))
  return true
}

async function inPairs(items, fn) {
  const queue = [...items]
  const worker = async () => {
    while (queue.length) await fn(queue.shift())
  }
  await Promise.all([worker(), worker()])
}

/** Builds every stale library package and plugin. */
async function buildWorkspaces({ log = console.log, quiet = true } = {}) {
  const tsc = path.join(root, "node_modules", ".bin", "tsc")
  const medusa = path.join(root, "node_modules", ".bin", "medusa")
  for (const dir of workspaces("packages")) {
    if (
      await buildIfStale(dir, {
        outDir: "dist",
        command: tsc,
        args: ["-p", "."],
        quiet,
      })
    ) {
      log(`built ${path.relative(root, dir)}`)
    }
  }
  await inPairs(workspaces("plugins"), async (dir) => {
    const started = Date.now()
    if (
      await buildIfStale(dir, {
        outDir: ".medusa/server",
        command: medusa,
        args: ["plugin:build"],
        quiet,
      })
    ) {
      log(
        `built ${path.relative(root, dir)} in ${((Date.now() - started) / 1000).toFixed(1)} s`
      )
    }
  })
}

module.exports = { buildWorkspaces, newestMtime }

if (require.main === module) {
  buildWorkspaces().catch((e) => {
    console.error(e.message)
    process.exit(1)
  })
}

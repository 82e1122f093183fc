#!/usr/bin/env node
// `npm test`: every test (unit, module, HTTP integration) in one jest run.
// PostgreSQL comes from the DB_* variables when DB_HOST is set; otherwise an
// embedded PostgreSQL is started for the run and removed afterwards.
// Extra arguments go to jest: `npm test -- integration-tests/http/store.spec.ts`.
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const crypto = require("node:crypto")
const { spawn } = require("node:child_process")
const { startEmbeddedPostgres } = require("./lib/embedded-postgres")
const { buildWorkspaces } = require("./lib/build-workspaces")
const { ensureBuild, medusaBin, run } = require("./lib/runtime")

const root = path.resolve(__dirname, "..")
const MAX_RETRIED_SUITES = 3

async function main() {
  // The app loads each plugin from its build.
  await buildWorkspaces({ log: (m) => console.log(`[test] ${m}`) })
  const jestArgs = process.argv.slice(2)
  if (!jestArgs.length || jestArgs.some((a) => a.includes("dashboard"))) {
    // The dashboard tests serve the built store: built here, before the
    // workers start, rather than by the first of them under its lock.
    await ensureBuild({
      env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" },
      withAdmin: true,
    })
  }
  const env = {
    ...process.env,
    NODE_ENV: "test",
    MEDUSA_DISABLE_TELEMETRY: "true",
    // Names what one run shares across jest workers (the dashboard template).
    BOZOR_TEST_RUN_ID: String(process.pid),
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"]
      .filter(Boolean)
      .join(" "),
  }

  let pg = null
  let tmpDir = null
  if (!process.env.DB_HOST) {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "bozor-test-"))
    fs.chmodSync(tmpDir, 0o755)
    pg = await startEmbeddedPostgres({
      dataDir: tmpDir,
      password: crypto.randomBytes(12).toString("hex"),
      port: 0,
      // A throwaway cluster: no durability. Medusa's test runner recreates
      // each suite's database from a template before every test, and
      // CREATE DATABASE waits on a checkpoint's fsyncs otherwise.
      settings: ["fsync=off", "synchronous_commit=off", "full_page_writes=off"],
      log: (m) => console.log(`[test] ${m}`),
    })
    Object.assign(env, {
      DB_HOST: "localhost",
      DB_PORT: String(pg.port),
      DB_USERNAME: pg.user,
      DB_PASSWORD: pg.password,
    })
    await migrateTemplate1(env, pg)
  } else if (process.env.DB_HOST !== "localhost") {
    // The Medusa test runner turns SSL on for any host but `localhost`.
    console.warn(
      `[test] DB_HOST=${process.env.DB_HOST}: the Medusa test runner uses SSL unless the host is "localhost".`
    )
  }

  let code = 1
  let results = null
  try {
    ;({ code, results } = await runJest(jestArgs, env))
    // A suite that failed once is run once more, alone with its kind, and the
    // run passes only if it passes then. Both runs' failures are printed: a
    // retry that passes is a flaky suite to fix, not something to hide. Only a
    // few: many failures are a real break, and retrying them costs minutes.
    const failed = results ? failedSuites(results) : []
    if (code !== 0 && failed.length && failed.length <= MAX_RETRIED_SUITES) {
      printSlowest(results)
      printFailed(results, "failed in the first run (retried once below)")
      console.log(`\n[test] retrying ${failed.length} failed suite(s)`)
      const first = results
      ;({ code, results } = await runJest(["--runTestsByPath", ...failed], env))
      results = mergeRetry(first, results)
    }
  } finally {
    if (pg) {
      pg.stop()
      fs.rmSync(tmpDir, { recursive: true, force: true })
    } else {
      await dropDashboardTemplate(env).catch((e) =>
        console.warn(`[test] ${e.message}`)
      )
    }
  }

  // A closing line any CI reads, whatever the runner prints above it.
  if (results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    printSlowest(results)
    printFailed(results, "failed:")
    if (results.retried?.length) {
      console.log(`\nretried after a first failure:`)
      for (const name of results.retried) console.log(`  ${name}`)
    }
    console.log(
      `\ntests: ${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests} skipped`
    )
    if (results.numTotalTests === 0) {
      console.error("No test ran.")
      code = code || 1
    }
  }
  process.exit(code)
}

/**
 * Migrates `template1` of the run's own cluster, the database PostgreSQL
 * copies for every CREATE DATABASE: each suite's database then starts with
 * Medusa's and the plugins' tables, and its runner's migrations find nothing
 * to do (about 10 s of each suite's start on this machine). Only on the
 * throwaway cluster: a shared server's template1 is not ours to change.
 * Tests that need an empty database (install, boot) use template0. Search
 * indexes are left out: their versions count from the suite's own first
 * migration, and a suite may pick another search provider.
 */
async function migrateTemplate1(env, pg) {
  const started = Date.now()
  const url = `postgres://${encodeURIComponent(pg.user)}:${encodeURIComponent(pg.password)}@localhost:${pg.port}/template1`
  await run(medusaBin, ["db:migrate", "--skip-scripts", "--skip-search"], {
    cwd: root,
    env: { ...env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  })
  console.log(
    `[test] migrated template1 in ${((Date.now() - started) / 1000).toFixed(1)} s`
  )
}

/** One jest run; its exit code and its JSON results (null if it wrote none). */
async function runJest(jestArgs, env) {
  const resultsFile = path.join(
    os.tmpdir(),
    `bozor-jest-${process.pid}-${Date.now()}.json`
  )
  const args = [
    require.resolve("jest/bin/jest"),
    "--maxWorkers=2",
    "--forceExit",
    "--json",
    `--outputFile=${resultsFile}`,
    ...jestArgs,
  ]
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env,
      stdio: "inherit",
    })
    const forward = (signal) => child.kill(signal)
    process.on("SIGINT", forward)
    process.on("SIGTERM", forward)
    child.on("exit", (c, signal) => {
      process.off("SIGINT", forward)
      process.off("SIGTERM", forward)
      resolve(c ?? (signal ? 1 : 0))
    })
  })
  if (!fs.existsSync(resultsFile)) return { code, results: null }
  const results = JSON.parse(fs.readFileSync(resultsFile, "utf8"))
  fs.rmSync(resultsFile, { force: true })
  return { code, results }
}

function failedSuites(r) {
  return r.testResults.filter((t) => t.status !== "passed").map((t) => t.name)
}

/** The first run's results with its failed suites replaced by their retry. */
function mergeRetry(first, retry) {
  if (!retry) return first
  const retried = new Set(failedSuites(first))
  const kept = first.testResults.filter((t) => !retried.has(t.name))
  const testResults = [...kept, ...retry.testResults]
  const count = (status) =>
    testResults.reduce(
      (n, t) =>
        n + t.assertionResults.filter((a) => a.status === status).length,
      0
    )
  return {
    testResults,
    numPassedTests: count("passed"),
    numFailedTests: count("failed"),
    numPendingTests: count("pending"),
    numTotalTests: testResults.reduce(
      (n, t) => n + t.assertionResults.length,
      0
    ),
    numRuntimeErrorTestSuites: retry.numRuntimeErrorTestSuites,
    retried: [...retried].map((name) => path.relative(root, name)),
  }
}

/** The slowest suites, so a slow CI run says where its time went. */
function printSlowest(r) {
  const rows = r.testResults
    .map((t) => ({
      s: (t.endTime - t.startTime) / 1000,
      name: path.relative(root, t.name),
    }))
    .sort((a, b) => b.s - a.s)
    .slice(0, 12)
  console.log("\nslowest suites:")
  for (const { s, name } of rows) {
    console.log(`  ${s.toFixed(1).padStart(7)} s  ${name}`)
  }
}

/** Each failed suite and test once more, last, where a truncated log keeps them. */
function printFailed(r, title) {
  const failed = r.testResults.filter((t) => t.status !== "passed")
  if (!failed.length) return
  console.log(`\n${title}`)
  for (const t of failed) {
    console.log(`  ${path.relative(root, t.name)}`)
    if (t.message && !t.assertionResults.some((a) => a.status === "failed")) {
      console.log(`    ${t.message.split("\n").slice(0, 6).join("\n    ")}`)
    }
    for (const a of t.assertionResults.filter((a) => a.status === "failed")) {
      const why = (a.failureMessages[0] || "").split("\n")[0].slice(0, 300)
      console.log(`    ✕ ${a.fullName}: ${why}`)
    }
  }
}

/** The dashboard suites' template database, on a server the run keeps. */
async function dropDashboardTemplate(env) {
  const { Client } = require("pg")
  const client = new Client({
    host: env.DB_HOST,
    port: Number(env.DB_PORT || 5432),
    user: env.DB_USERNAME || "postgres",
    password: env.DB_PASSWORD || undefined,
    database: "postgres",
  })
  await client.connect()
  try {
    await client.query(
      `DROP DATABASE IF EXISTS bozor_dashboard_template_${process.pid} WITH (FORCE)`
    )
  } finally {
    await client.end()
  }
  fs.rmSync(
    path.join(os.tmpdir(), `bozor_dashboard_template_${process.pid}.json`),
    { force: true }
  )
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

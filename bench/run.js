#!/usr/bin/env node
// `npm run bench`: the production build on an embedded PostgreSQL seeded with
// 1,000 products, measured with autocannon on 127.0.0.1. Core Medusa endpoints
// are measured in the same run as Bozor's, as the baseline. Results go to
// bench/RESULTS.md. Options: --only <scenario,...>, --duration <s>,
// --products <n>.
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const http = require("node:http")
const { spawn } = require("node:child_process")
const autocannon = require("autocannon")
const {
  startEmbeddedPostgres,
  freePort,
} = require("../scripts/lib/embedded-postgres")
const {
  root,
  serverDir,
  medusaBin,
  run,
  ensureBuild,
  publishableKey,
} = require("../scripts/lib/runtime")
const { storeClient } = require("./lib/store-client")

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const DURATION = Number(option("duration", 10))
const PRODUCTS = Number(option("products", 1000))
const ONLY = option("only", "").split(",").filter(Boolean)
const CHECKOUTS = 10

const scenarioDir = path.join(__dirname, "scenarios")
const scenarios = fs
  .readdirSync(scenarioDir)
  .filter((f) => f.endsWith(".js"))
  .map((f) => require(path.join(scenarioDir, f)))
  .filter((s) => !ONLY.length || ONLY.includes(s.name))

const rows = []
const notes = []
const log = (m) => console.log(`[bench] ${m}`)

function measure(baseUrl, group) {
  return async ({
    name,
    method = "GET",
    path: urlPath,
    headers = {},
    body,
    connections = 10,
    duration = DURATION,
  }) => {
    const result = await autocannon({
      url: `${baseUrl}${urlPath}`,
      method,
      headers,
      body:
        body === undefined || typeof body === "string"
          ? body
          : JSON.stringify(body),
      connections,
      duration,
    })
    const row = {
      group,
      name,
      connections,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      requests: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
    }
    rows.push(row)
    log(
      `${group} | ${name}: ${row.rps.toFixed(1)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, non-2xx ${row.non2xx}`
    )
    return row
  }
}

function waitForHealth(port, child) {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 180000
    child.once("exit", (code) =>
      reject(new Error(`medusa start exited with ${code}`))
    )
    const attempt = () => {
      if (Date.now() > deadline)
        return reject(new Error("server did not become healthy"))
      const req = http.get(
        { host: "127.0.0.1", port, path: "/health" },
        (res) => {
          res.resume()
          res.statusCode === 200 ? resolve() : setTimeout(attempt, 300)
        }
      )
      req.on("error", () => setTimeout(attempt, 300))
    }
    attempt()
  })
}

async function withServer(env, fn) {
  const port = await freePort()
  const child = spawn(medusaBin, ["start"], {
    cwd: serverDir,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  })
  try {
    await waitForHealth(port, child)
    return await fn(`http://127.0.0.1:${port}`)
  } finally {
    const exited = new Promise((r) => child.once("exit", r))
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {}
    await exited
  }
}

async function regionIds(client) {
  const { regions } = await client.call("GET", "/store/regions")
  const byCurrency = (c) => regions.find((r) => r.currency_code === c).id
  return { uz: byCurrency("uzs"), intl: byCurrency("usd") }
}

async function coreScenarios(baseUrl, key, regions, client) {
  const m = measure(baseUrl, "core")
  const headers = { "x-publishable-api-key": key }
  const { products } = await client.call(
    "GET",
    `/store/products?limit=1&handle=qozon`
  )
  await m({
    name: "GET /store/products?limit=20&region_id",
    path: `/store/products?limit=20&region_id=${regions.uz}`,
    headers,
  })
  await m({
    name: "GET /store/products/:id",
    path: `/store/products/${products[0].id}?region_id=${regions.uz}`,
    headers,
  })
  await m({ name: "GET /store/regions", path: "/store/regions", headers })

  // A guest checkout, one step after the other, CHECKOUTS times.
  const { variants } = products[0]
  const times = {}
  for (let i = 0; i < CHECKOUTS; i++) {
    const { steps } = await client.checkout({
      regionId: regions.uz,
      variantId: variants[0].id,
    })
    for (const [step, ms] of Object.entries(steps)) {
      ;(times[step] ??= []).push(ms)
    }
  }
  return times
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function writeResults(checkoutTimes, meta) {
  const fmt = (n) =>
    typeof n === "number" ? (Number.isInteger(n) ? String(n) : n.toFixed(1)) : n
  const lines = [
    "# Bench results",
    "",
    `Run ${meta.date} on ${meta.cores} cores (${meta.cpu}), ${meta.memory} GiB, Node ${process.version}.`,
    `Production build (\`medusa build\`, \`medusa start\`), embedded PostgreSQL 17, ${meta.products} products,`,
    `autocannon on 127.0.0.1, ${DURATION} s per row. Core Medusa endpoints are the same-run baseline for Bozor's.`,
    "Numbers from one run on a shared 2-core machine: compare rows of the same run, not runs.",
    "",
    "| group | scenario | connections | req/s | p50 ms | p99 ms | requests | non-2xx | errors |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.group} | ${r.name} | ${r.connections} | ${fmt(r.rps)} | ${r.p50} | ${r.p99} | ${r.requests} | ${r.non2xx} | ${r.errors} |`
    ),
    "",
  ]
  if (checkoutTimes) {
    lines.push(
      `## Guest checkout, step by step (${CHECKOUTS} sequential checkouts, pp_system_default)`,
      "",
      "| step | median ms | max ms |",
      "|---|---|---|",
      ...Object.entries(checkoutTimes).map(
        ([step, t]) =>
          `| ${step} | ${fmt(median(t))} | ${fmt(Math.max(...t))} |`
      ),
      `| **whole checkout** | ${fmt(median(Object.values(checkoutTimes).reduce((acc, t) => acc.map((v, i) => v + t[i]), new Array(CHECKOUTS).fill(0))))} | |`,
      ""
    )
  }
  if (notes.length) {
    lines.push("## Notes", "", ...notes.map((n) => `- ${n}`), "")
  }
  fs.writeFileSync(path.join(__dirname, "RESULTS.md"), lines.join("\n"))
  log("Wrote bench/RESULTS.md")
}

async function main() {
  const outDir = path.join(root, "bench", "out")
  fs.rmSync(outDir, { recursive: true, force: true })
  fs.mkdirSync(outDir, { recursive: true })
  fs.chmodSync(outDir, 0o755)
  const pg = await startEmbeddedPostgres({
    dataDir: outDir,
    password: "bench",
    port: 0,
    log,
  })
  const cleanup = () => {
    try {
      pg.stop()
    } catch {}
  }
  process.on("SIGINT", () => {
    cleanup()
    process.exit(130)
  })
  try {
    await pg.ensureDatabase("bozor_bench")
    const env = {
      ...process.env,
      NODE_ENV: "production",
      MEDUSA_DISABLE_TELEMETRY: "true",
      DATABASE_URL: pg.url("bozor_bench"),
      JWT_SECRET: "bench-jwt-secret",
      COOKIE_SECRET: "bench-cookie-secret",
      MEDUSA_WORKER_MODE: "shared",
      LOG_LEVEL: "error",
      BENCH_PRODUCTS: String(PRODUCTS),
    }
    delete env.REDIS_URL
    // Every scenario's provider settings, so one server serves them all.
    for (const s of scenarios) Object.assign(env, s.env ?? {})

    await ensureBuild({ env, withAdmin: false })
    log("Migrating and seeding…")
    await run(medusaBin, ["db:migrate"], {
      cwd: serverDir,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    })
    await run(medusaBin, ["exec", "./src/scripts/bench-seed.js"], {
      cwd: serverDir,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    })
    const key = await publishableKey(env.DATABASE_URL)

    let checkoutTimes = null
    const runCore = !ONLY.length || ONLY.includes("core")
    await withServer(env, async (baseUrl) => {
      const client = storeClient(baseUrl, key)
      const regions = await regionIds(client)
      if (runCore) {
        checkoutTimes = await coreScenarios(baseUrl, key, regions, client)
      }
      for (const scenario of scenarios) {
        log(`scenario ${scenario.name}`)
        const ctx = {
          baseUrl,
          publishableKey: key,
          regionUzId: regions.uz,
          regionIntlId: regions.intl,
          env,
          serverDir,
          medusaBin,
          store: client,
          measure: measure(baseUrl, scenario.name),
          note: (text) => notes.push(`${scenario.name}: ${text}`),
          async prepareCart({
            providerId,
            quantity = 1,
            handle = "qozon",
          } = {}) {
            const { products } = await client.call(
              "GET",
              `/store/products?limit=1&handle=${handle}`
            )
            const done = await client.checkout({
              regionId: regions.uz,
              variantId: products[0].variants[0].id,
              providerId,
              complete: false,
            })
            if (quantity !== 1) {
              notes.push(
                `${scenario.name}: prepareCart quantity ${quantity} ignored (1 used)`
              )
            }
            return done
          },
        }
        try {
          await scenario.run(ctx)
        } catch (e) {
          notes.push(`${scenario.name} failed: ${e.message}`)
          log(`scenario ${scenario.name} failed: ${e.stack}`)
        }
      }
    })

    if (runCore) {
      // The same products list with Medusa's caching feature flag and its
      // in-memory caching provider, in a server of its own.
      await withServer(
        { ...env, MEDUSA_FF_CACHING: "true" },
        async (baseUrl) => {
          const client = storeClient(baseUrl, key)
          const regions = await regionIds(client)
          await measure(
            baseUrl,
            "core + caching"
          )({
            name: "GET /store/products?limit=20&region_id",
            path: `/store/products?limit=20&region_id=${regions.uz}`,
            headers: { "x-publishable-api-key": key },
          })
        }
      )
    }

    writeResults(checkoutTimes, {
      date: new Date().toISOString(),
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? "unknown CPU",
      memory: Math.round(os.totalmem() / 2 ** 30),
      products: PRODUCTS,
    })
  } finally {
    cleanup()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

#!/usr/bin/env node
// `npm run bench`: the production build on an embedded PostgreSQL, measured
// with autocannon on 127.0.0.1. The storefront reads are measured on 100
// products, then on 10,000 (written in bulk), each time on Bozor's path and on
// Medusa's own (BOZOR_STORE_PRODUCT_LIST=medusa, no caching); then every
// scenario beside its core baseline, and 2 servers + 1 worker on Redis beside
// one shared process. Results go to bench/RESULTS.md. Options: --only
// <scenario,...>, --duration <s>, --products <n>, --out <dir> (default
// bench/out; a partial run with --only writes its RESULTS.md there, not over
// bench/RESULTS.md).
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const http = require("node:http")
const { spawn, spawnSync } = require("node:child_process")
const autocannon = require("autocannon")
const {
  startEmbeddedPostgres,
  freePort,
} = require("../scripts/lib/embedded-postgres")
const {
  root,
  serverDir: buildDir,
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
// 6 s a row keeps the whole run under 15 minutes on 2 cores.
const DURATION = Number(option("duration", 6))
const PRODUCTS = Number(option("products", 10000))
const SMALL_CATALOG = 100
const REDIS_URL = process.env.BENCH_REDIS_URL || process.env.REDIS_URL
// The bench serves a copy of the build, so a rebuild meanwhile (npm start,
// a dashboard test) does not pull it from under the servers.
const outDir = path.resolve(option("out", path.join(root, "bench", "out")))
const serverDir = path.join(outDir, "server")
const ONLY = option("only", "").split(",").filter(Boolean)
const resultsFile = ONLY.length
  ? path.join(outDir, "RESULTS.md")
  : path.join(__dirname, "RESULTS.md")
const CHECKOUTS = 10
const startedAt = Date.now()

const scenarioDir = path.join(__dirname, "scenarios")
const scenarios = fs
  .readdirSync(scenarioDir)
  .filter((f) => f.endsWith(".js"))
  .map((f) => require(path.join(scenarioDir, f)))
  .filter((s) => !ONLY.length || ONLY.includes(s.name))

const rows = []
const notes = []
const log = (m) =>
  console.log(`[bench ${((Date.now() - startedAt) / 1000).toFixed(0)}s] ${m}`)

function measure(baseUrl, group) {
  return async ({
    name,
    method = "GET",
    path: urlPath,
    headers = {},
    body,
    connections = 10,
    duration = DURATION,
    // (request) => request: changes each request (e.g. a new body).
    setupRequest,
  }) => {
    // A few requests first: a server's first answers pay for its warm-up.
    const payload =
      body === undefined || typeof body === "string"
        ? body
        : JSON.stringify(body)
    for (let i = 0; i < 3; i++) {
      await fetch(`${baseUrl}${urlPath}`, { method, headers, body: payload })
        .then((r) => r.arrayBuffer())
        .catch(() => {})
    }
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
      ...(setupRequest && { requests: [{ setupRequest }] }),
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

async function startServer(env) {
  const port = await freePort()
  const logFile = path.join(outDir, `server-${port}.log`)
  const out = fs.openSync(logFile, "w")
  const child = spawn(medusaBin, ["start"], {
    cwd: serverDir,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", out, out],
    detached: true,
  })
  fs.closeSync(out)
  const exited = new Promise((r) => child.once("exit", r))
  const stop = async () => {
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {}
    await exited
  }
  try {
    await waitForHealth(port, child)
  } catch (e) {
    await stop()
    const tail = fs.readFileSync(logFile, "utf8").slice(-3000)
    throw new Error(`${e.message}; its log (${logFile}) ends:\n${tail}`)
  }
  return { url: `http://127.0.0.1:${port}`, stop }
}

async function withServers(envs, fn) {
  const servers = []
  try {
    for (const env of envs) servers.push(await startServer(env))
    return await fn(servers.map((s) => s.url))
  } finally {
    await Promise.all(servers.map((s) => s.stop()))
  }
}

const withServer = (env, fn) => withServers([env], ([url]) => fn(url))

async function regionIds(client) {
  const { regions } = await client.call("GET", "/store/regions")
  const byCurrency = (c) => regions.find((r) => r.currency_code === c).id
  return { uz: byCurrency("uzs"), intl: byCurrency("usd") }
}

/** The storefront's hottest reads, as one row each, labelled by path and catalog size. */
async function catalogReads(
  baseUrl,
  key,
  regions,
  label,
  { search = false } = {}
) {
  const m = measure(baseUrl, label)
  const headers = { "x-publishable-api-key": key }
  const client = storeClient(baseUrl, key)
  const { products } = await client.call(
    "GET",
    `/store/products?limit=1&handle=qozon`
  )
  await m({
    name: "GET /store/products?limit=20&region_id",
    path: `/store/products?limit=20&region_id=${regions.uz}`,
    headers,
    // Medusa's path takes seconds a page at 10,000 products: a longer
    // window, so it answers at all.
    duration: label.startsWith("Medusa") ? Math.max(DURATION, 20) : DURATION,
  })
  await m({
    name: "GET /store/products/:id?region_id",
    path: `/store/products/${products[0].id}?region_id=${regions.uz}`,
    headers,
  })
  if (search) {
    await m({
      name: "POST /store/search q=choynak",
      method: "POST",
      path: "/store/search",
      headers: { ...headers, "content-type": "application/json" },
      body: {
        entity: "product",
        filters: { q: "choynak" },
        pagination: { take: 20 },
      },
    })
  }
}

async function coreScenarios(baseUrl, key, regions, client) {
  const m = measure(baseUrl, "core")
  const headers = { "x-publishable-api-key": key }
  const { products } = await client.call(
    "GET",
    `/store/products?limit=1&handle=qozon`
  )
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

/**
 * The product list on 2 server processes and 1 worker sharing Redis (event
 * bus, workflow engine, caching, locking), two autocannon runs at once, one
 * per server; beside it the same list on one shared process.
 */
async function scaleOut(env, key, regions) {
  if (!REDIS_URL) {
    notes.push("scale-out: skipped (no REDIS_URL or BENCH_REDIS_URL)")
    return
  }
  const path = `/store/products?limit=20&region_id=${regions.uz}`
  const headers = { "x-publishable-api-key": key }
  const redisEnv = { ...env, REDIS_URL }
  await withServer({ ...redisEnv, MEDUSA_WORKER_MODE: "shared" }, (url) =>
    measure(
      url,
      "scale-out"
    )({
      name: "GET /store/products (1 shared process, Redis)",
      path,
      headers,
      connections: 20,
    })
  )
  await withServers(
    [
      { ...redisEnv, MEDUSA_WORKER_MODE: "worker" },
      { ...redisEnv, MEDUSA_WORKER_MODE: "server" },
      { ...redisEnv, MEDUSA_WORKER_MODE: "server" },
    ],
    async ([, a, b]) => {
      const run = (url) =>
        autocannon({
          url: `${url}${path}`,
          headers,
          connections: 10,
          duration: DURATION,
        })
      const results = await Promise.all([run(a), run(b)])
      const row = {
        group: "scale-out",
        name: "GET /store/products (2 servers + 1 worker, Redis; sum of both)",
        connections: 20,
        rps: results.reduce((n, r) => n + r.requests.average, 0),
        p50: Math.max(...results.map((r) => r.latency.p50)),
        p99: Math.max(...results.map((r) => r.latency.p99)),
        requests: results.reduce((n, r) => n + r.requests.total, 0),
        non2xx: results.reduce((n, r) => n + r.non2xx, 0),
        errors: results.reduce((n, r) => n + r.errors + r.timeouts, 0),
      }
      rows.push(row)
      log(`scale-out | ${row.name}: ${row.rps.toFixed(1)} req/s`)
    }
  )
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const find = (group, name) =>
  rows.find((r) => r.group === group && r.name.startsWith(name))

function baselineOf(row) {
  if (row.group.startsWith("Bozor, ")) {
    return find(row.group.replace("Bozor", "Medusa"), row.name)
  }
  if (row.group === "scale-out")
    return find("scale-out", "GET /store/products (1 shared")
  return rows.find((r) => r.group === row.group && /baseline/.test(r.name))
}

/** Issue #17's goals, computed from this run's rows. */
function goals() {
  const big = `${PRODUCTS} products`
  const small = `${SMALL_CATALOG} products`
  const ratio = (a, b) => (a && b ? a.rps / b.rps : NaN)
  const times = (n) =>
    Number.isFinite(n)
      ? `${n.toFixed(1)}×`
      : Number.isNaN(n)
        ? "not measured"
        : "∞ (Medusa's path answered nothing in the window)"
  const lines = []
  for (const [what, name] of [
    ["product list", "GET /store/products?limit=20"],
    ["product page", "GET /store/products/:id"],
  ]) {
    const vsMedusa = ratio(
      find(`Bozor, ${big}`, name),
      find(`Medusa, ${big}`, name)
    )
    const vsSmall = ratio(
      find(`Bozor, ${big}`, name),
      find(`Bozor, ${small}`, name)
    )
    lines.push(
      `| ${what}, ${big}: Bozor vs Medusa's path | ≥ 20× | ${times(vsMedusa)} |`,
      `| ${what}: Bozor at ${big} vs at ${small} | ≥ 0.67× | ${Number.isNaN(vsSmall) ? "not measured" : `${vsSmall.toFixed(2)}×`} |`
    )
  }
  const search = ratio(
    find(`Bozor, ${big}`, "POST /store/search"),
    find(`Medusa, ${big}`, "POST /store/search")
  )
  lines.push(
    `| /store/search, ${big}: Bozor vs no caching | ≥ 10× | ${times(search)} |`
  )
  // Every Bozor store route beside its group's core baseline.
  const routes = rows
    .filter((r) => /^(GET|POST) \/store\//.test(r.name))
    .map((r) => ({ r, base: baselineOf(r) }))
    .filter(({ r, base }) => base && base !== r && !r.group.includes(", "))
    .map(({ r, base }) => ({ r, x: r.rps / base.rps }))
    .sort((a, b) => a.x - b.x)
  if (routes.length) {
    const below = routes.filter(({ x }) => x < 1)
    lines.push(
      `| Bozor store routes vs their core baseline | ≥ 1.0× each | ${
        below.length
          ? `${below.length} of ${routes.length} below: ${below.map(({ r, x }) => `${r.group} ${x.toFixed(2)}×`).join(", ")}`
          : `all ${routes.length} (lowest ${routes[0].x.toFixed(2)}×)`
      } |`
    )
  }
  if (startedAt && !ONLY.length) {
    lines.push(
      `| the whole bench run | < 15 min | ${((Date.now() - startedAt) / 60000).toFixed(1)} min |`
    )
  }
  const scale = rows.find(
    (r) => r.group === "scale-out" && r.name.includes("2 servers")
  )
  if (scale) {
    lines.push(
      `| 2 servers + 1 worker vs 1 shared process | — | ${ratio(scale, baselineOf(scale)).toFixed(2)}× |`
    )
  }
  return [
    "## Goals (issue #17)",
    "",
    "| goal | target | this run |",
    "|---|---|---|",
    ...lines,
    "",
  ]
}

function writeResults(checkoutTimes, meta) {
  const fmt = (n) =>
    typeof n === "number" ? (Number.isInteger(n) ? String(n) : n.toFixed(1)) : n
  const lines = [
    "# Bench results",
    "",
    `Run ${meta.date} on ${meta.cores} cores (${meta.cpu}), ${meta.memory} GiB, Node ${process.version}.`,
    `Production build (\`medusa build\`, \`medusa start\`), embedded PostgreSQL 17, ${SMALL_CATALOG} then ${meta.products} products,`,
    `autocannon on 127.0.0.1, ${DURATION} s per row. Core Medusa endpoints are the same-run baseline for Bozor's.`,
    "Numbers from one run on a shared 2-core machine: compare rows of the same run, not runs.",
    "",
    "`× baseline`: req/s over the same-run baseline (Medusa's path for the catalog rows, the group's core",
    "row for a scenario, one shared process for scale-out).",
    "",
    "| group | scenario | connections | req/s | × baseline | p50 ms | p99 ms | requests | non-2xx | errors |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => {
      const base = baselineOf(r)
      const ratio =
        !base || base === r
          ? ""
          : base.rps > 0
            ? `${(r.rps / base.rps).toFixed(2)}×`
            : "∞ (baseline: no answer in the window)"
      return `| ${r.group} | ${r.name} | ${r.connections} | ${fmt(r.rps)} | ${ratio} | ${r.p50} | ${r.p99} | ${r.requests} | ${r.non2xx} | ${r.errors} |`
    }),
    "",
    ...goals(),
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
  fs.writeFileSync(resultsFile, lines.join("\n"))
  log(`Wrote ${path.relative(root, resultsFile)}`)
}

async function main() {
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
      BENCH_PRODUCTS: String(SMALL_CATALOG),
      // Every bench client logs in from 127.0.0.1 (200 drivers, customers):
      // the per-address login throttle would refuse most of them.
      AUTH_THROTTLE_MAX_REQUESTS_PER_IP: "100000",
      AUTH_THROTTLE_MAX_FAILURES_PER_IP: "100000",
    }
    delete env.REDIS_URL
    // Every scenario's provider settings, so one server serves them all.
    for (const s of scenarios) Object.assign(env, s.env ?? {})

    await ensureBuild({ env, withAdmin: false })
    fs.cpSync(buildDir, serverDir, {
      recursive: true,
      filter: (src) => src !== path.join(buildDir, "node_modules"),
    })
    fs.symlinkSync(
      path.join(root, "node_modules"),
      path.join(serverDir, "node_modules"),
      "dir"
    )
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
    const runCore = !ONLY.length || ONLY.includes("core")
    // Medusa's own list route and no caching: the path before issue #17.
    const medusaPath = {
      ...env,
      BOZOR_STORE_PRODUCT_LIST: "medusa",
      MEDUSA_FF_CACHING: "false",
    }
    let regions
    await withServer(env, async (url) => {
      regions = await regionIds(storeClient(url, key))
      if (runCore) {
        await catalogReads(
          url,
          key,
          regions,
          `Bozor, ${SMALL_CATALOG} products`
        )
      }
    })
    if (runCore) {
      await withServer(medusaPath, (url) =>
        catalogReads(url, key, regions, `Medusa, ${SMALL_CATALOG} products`)
      )
    }

    log(`Growing the catalog to ${PRODUCTS} products…`)
    const growth = spawnSync(
      medusaBin,
      ["exec", "./src/scripts/bench-catalog.js"],
      {
        cwd: serverDir,
        env: { ...env, BENCH_PRODUCTS: String(PRODUCTS) },
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      }
    )
    const line = (growth.stdout || "")
      .split("\n")
      .find((l) => l.startsWith("BENCH_RESULT "))
    if (!line) {
      throw new Error(
        `growing the catalog failed: ${(growth.stdout || "").slice(-3000)} ${(growth.stderr || "").slice(-2000)}`
      )
    }
    const grown = JSON.parse(line.slice("BENCH_RESULT ".length))
    notes.push(
      `catalog: ${grown.created} products written in bulk in ${(grown.create_ms / 1000).toFixed(1)} s; ` +
        `search reindex of ${grown.indexed} products in ${(grown.index_ms / 1000).toFixed(1)} s`
    )
    if (runCore) {
      await withServer(medusaPath, (url) =>
        catalogReads(url, key, regions, `Medusa, ${PRODUCTS} products`, {
          search: true,
        })
      )
    }

    let checkoutTimes = null
    await withServer(env, async (baseUrl) => {
      const client = storeClient(baseUrl, key)
      if (runCore) {
        await catalogReads(
          baseUrl,
          key,
          regions,
          `Bozor, ${PRODUCTS} products`,
          {
            search: true,
          }
        )
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

    if (runCore) await scaleOut(env, key, regions)

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

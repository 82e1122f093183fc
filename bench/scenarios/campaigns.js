// Campaigns (#19): a marketing SMS campaign to 20,000 customers (inserted in
// bulk SQL) run by the campaign runner unthrottled, in a `medusa exec`
// process whose Eskiz provider points at a local sink: messages handed to
// the provider per second, and that process's memory.
const http = require("node:http")
const path = require("node:path")
const { spawn } = require("node:child_process")

// 20,000 keeps the whole bench under 15 minutes; BENCH_CAMPAIGN_RECIPIENTS
// sets another size (100,000 took about 6 minutes here).
const RECIPIENTS = Number(process.env.BENCH_CAMPAIGN_RECIPIENTS || 20000)

/** A minimal Eskiz API (login, send): accepts everything, counts messages. */
function startEskizSink() {
  let sent = 0
  const server = http.createServer((req, res) => {
    req.resume()
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" })
      if (req.url === "/api/auth/login") {
        const b64 = (o) => Buffer.from(JSON.stringify(o)).toString("base64url")
        const exp = Math.floor(Date.now() / 1000) + 30 * 24 * 3600
        res.end(
          JSON.stringify({
            message: "token_generated",
            data: { token: `${b64({ alg: "HS256" })}.${b64({ exp })}.c2ln` },
          })
        )
        return
      }
      sent++
      res.end(
        JSON.stringify({
          id: `bench-${sent}`,
          message: "Waiting",
          status: "waiting",
        })
      )
    })
  })
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/api`,
        sent: () => sent,
        close: () => new Promise((r) => server.close(r)),
      })
    )
  )
}

function exec(ctx, script, env) {
  return new Promise((resolve) => {
    const child = spawn(ctx.medusaBin, ["exec", script], {
      cwd: ctx.serverDir,
      env,
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => (stdout += d))
    child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)))
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })
}

module.exports = {
  name: "campaigns",
  env: {},
  async run(ctx) {
    const sink = await startEskizSink()
    // The plugin's own built script (the store's src/scripts stay untouched).
    const script = path.join(
      path.dirname(require.resolve("@bozor/medusa-notifications/package.json")),
      ".medusa/server/src/scripts/bench-campaigns.js"
    )
    try {
      const job = await exec(ctx, script, {
        ...ctx.env,
        BENCH_CAMPAIGN_RECIPIENTS: String(RECIPIENTS),
        // Only this process sends SMS, to the sink.
        ESKIZ_EMAIL: "bench@bozor.uz",
        ESKIZ_PASSWORD: "bench",
        ESKIZ_API_URL: sink.url,
        SMS_TIMEOUT_MS: "10000",
      })
      const line = job.stdout
        .split("\n")
        .find((l) => l.startsWith("BENCH_RESULT "))
      if (!line) {
        throw new Error(
          `the campaign bench printed no result (exit ${job.code}): ${job.stderr}`
        )
      }
      const r = JSON.parse(line.slice("BENCH_RESULT ".length))
      const perSecond = Math.round(r.sent / (r.send_ms / 1000))
      ctx.note(
        `SMS campaign to ${r.recipients} customers: recipient list in ${(r.start_ms / 1000).toFixed(1)} s; ` +
          `${r.sent} messages handed to the provider in ${(r.send_ms / 1000).toFixed(1)} s (${perSecond} messages/s unthrottled, ` +
          `${r.batches} batches, ${r.failed} failed, ${sink.sent()} reached the sink); peak RSS ${r.peak_rss_mb} MB (before ${r.rss_before_mb} MB). ` +
          `In production the runner is throttled to campaignRatePerSecond (SMS 20/s by default).`
      )
    } finally {
      await sink.close()
    }
  },
}

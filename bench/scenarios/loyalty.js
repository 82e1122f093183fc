// Loyalty: balance + history of a customer with 10,000 ledger entries, beside
// the core GET /store/customers/me of the same run.
const { spawnSync } = require("node:child_process")

module.exports = {
  name: "loyalty",
  env: {},
  async run(ctx) {
    const email = `bench-loyalty-${Date.now()}@example.uz`
    const password = "bench-password"
    const send = (method, path, body, headers) =>
      fetch(`${ctx.baseUrl}${path}`, {
        method,
        headers: {
          "content-type": "application/json",
          "x-publishable-api-key": ctx.publishableKey,
          ...headers,
        },
        body: body ? JSON.stringify(body) : undefined,
      }).then((r) => r.json())
    // After the seed scripts the kept-alive connection may have been closed
    // by the server ("fetch failed" in a full run): one retry on a new one.
    const call = (method, path, body, headers = {}) =>
      send(method, path, body, headers).catch((e) => {
        if (e.message !== "fetch failed") throw e
        return send(method, path, body, headers)
      })
    const { token: registration } = await call(
      "POST",
      "/auth/customer/emailpass/register",
      { email, password }
    )
    await call(
      "POST",
      "/store/customers",
      { email },
      { authorization: `Bearer ${registration}` }
    )
    const { token } = await call("POST", "/auth/customer/emailpass", {
      email,
      password,
    })
    const headers = {
      authorization: `Bearer ${token}`,
      "x-publishable-api-key": ctx.publishableKey,
    }
    const { customer } = await call("GET", "/store/customers/me", null, headers)

    const seed = spawnSync(
      ctx.medusaBin,
      ["exec", "./src/scripts/bench-loyalty.js"],
      {
        cwd: ctx.serverDir,
        env: {
          ...ctx.env,
          BENCH_LOYALTY_CUSTOMER_ID: customer.id,
          BENCH_LOYALTY_ENTRIES: "10000",
        },
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      }
    )
    const line = (seed.stdout || "")
      .split("\n")
      .find((l) => l.startsWith("BENCH_RESULT "))
    if (!line) {
      throw new Error(
        `the loyalty bench seed printed no result: ${(seed.stderr || "").slice(-2000)}`
      )
    }
    const r = JSON.parse(line.slice("BENCH_RESULT ".length))
    // The seed writes the ledger by SQL, past the module: rebuild the
    // customer's snapshot from it, as after any import (issue #17).
    const rebuilt = spawnSync(
      ctx.medusaBin,
      [
        "exec",
        require.resolve("@bozor/medusa-loyalty/scripts/rebuild-loyalty-snapshots"),
        customer.id,
      ],
      { cwd: ctx.serverDir, env: ctx.env, encoding: "utf8" }
    )
    if (rebuilt.status !== 0) {
      throw new Error(
        `loyalty bench: the snapshot rebuild failed: ${(rebuilt.stderr || rebuilt.stdout || "").slice(-2000)}`
      )
    }
    const check = await call(
      "GET",
      "/store/customers/me/loyalty?limit=1",
      null,
      headers
    )
    if (check.count !== r.entries || check.loyalty.balance !== r.balance) {
      throw new Error(
        `loyalty bench: expected ${r.entries} entries / balance ${r.balance}, got ${check.count} / ${check.loyalty?.balance}`
      )
    }
    ctx.note(
      `loyalty ledger: ${r.entries} entries inserted in ${(r.ms / 1000).toFixed(1)} s, balance ${r.balance}`
    )

    await ctx.measure({
      name: "GET /store/customers/me (core baseline)",
      path: "/store/customers/me",
      headers,
    })
    await ctx.measure({
      name: "GET /store/customers/me/loyalty (10,000 entries, page of 20)",
      path: "/store/customers/me/loyalty",
      headers,
    })
    await ctx.measure({
      name: "GET /store/customers/me/loyalty?offset=9980 (last page)",
      path: "/store/customers/me/loyalty?offset=9980&limit=20",
      headers,
    })
  },
}

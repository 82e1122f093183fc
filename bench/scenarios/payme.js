// Bench scenario for the Payme Merchant API endpoint (issue #3).
// CheckPerformTransaction and CheckTransaction under 20 connections, with the
// core GET /store/carts/:id as the same-run baseline.
const ENV = {
  PAYME_MERCHANT_ID: "bench-merchant",
  PAYME_SECRET_KEY: "bench-key",
  PAYME_TEST_MODE: "true",
}
const CONNECTIONS = 20
const DURATION = 10

let seq = 0
/** A 24-hex-char Payme-style transaction id. */
function paymeId() {
  seq += 1
  return (Date.now().toString(16) + seq.toString(16).padStart(6, "0"))
    .padStart(24, "0")
    .slice(-24)
}

module.exports = {
  name: "payme",
  env: ENV,
  async run(ctx) {
    const key = (ctx.env && ctx.env.PAYME_SECRET_KEY) || ENV.PAYME_SECRET_KEY
    const headers = {
      "content-type": "application/json",
      authorization: "Basic " + Buffer.from("Paycom:" + key).toString("base64"),
    }
    const rpc = async (method, params) => {
      const res = await fetch(ctx.baseUrl + "/hooks/payme", {
        method: "POST",
        headers,
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
      })
      const body = await res.json()
      if (body.error) {
        throw new Error(
          `[payme bench] ${method}: ${JSON.stringify(body.error)}`
        )
      }
      return body.result
    }
    const sessionOf = (prepared) => {
      const session = prepared.paymentCollection.payment_sessions.find(
        (s) => s.provider_id === "pp_payme_payme"
      )
      if (!session) {
        throw new Error("[payme bench] the cart has no Payme session")
      }
      return session
    }

    // Cart A stays payable: CheckPerformTransaction answers allow + detail.
    const a = await ctx.prepareCart({ providerId: "pp_payme_payme" })
    const sa = sessionOf(a)
    const checkPerform = JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "CheckPerformTransaction",
      params: { amount: sa.data.amount_tiyin, account: sa.data.account },
    })
    await rpc("CheckPerformTransaction", JSON.parse(checkPerform).params)

    // Cart B gets a created transaction for CheckTransaction.
    const b = await ctx.prepareCart({ providerId: "pp_payme_payme" })
    const sb = sessionOf(b)
    const id = paymeId()
    await rpc("CreateTransaction", {
      id,
      time: Date.now(),
      amount: sb.data.amount_tiyin,
      account: sb.data.account,
    })
    const checkTransaction = JSON.stringify({
      jsonrpc: "2.0",
      id: 2,
      method: "CheckTransaction",
      params: { id },
    })

    await ctx.measure({
      name: "GET /store/carts/:id (baseline)",
      method: "GET",
      path: `/store/carts/${a.cartId}`,
      headers: { "x-publishable-api-key": ctx.publishableKey },
      connections: CONNECTIONS,
      duration: DURATION,
    })
    await ctx.measure({
      name: "POST /hooks/payme CheckPerformTransaction",
      method: "POST",
      path: "/hooks/payme",
      headers,
      body: checkPerform,
      connections: CONNECTIONS,
      duration: DURATION,
    })
    await ctx.measure({
      name: "POST /hooks/payme CheckTransaction",
      method: "POST",
      path: "/hooks/payme",
      headers,
      body: checkTransaction,
      connections: CONNECTIONS,
      duration: DURATION,
    })
  },
}

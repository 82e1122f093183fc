// Click SHOP API callbacks (issue #4): a signed Prepare repeated on one cart
// (idempotent, one stored attempt) and a repeated Complete (answers -4 after
// the first one completed the cart), with GET /store/carts/:id of the same
// cart as the core baseline of the same run.
const { createHash } = require("node:crypto")

const ENV = {
  CLICK_SERVICE_ID: "30001",
  CLICK_MERCHANT_ID: "20001",
  CLICK_MERCHANT_USER_ID: "40001",
  CLICK_SECRET_KEY: "bench-secret",
}

const md5 = (s) => createHash("md5").update(s).digest("hex")
const FORM = { "content-type": "application/x-www-form-urlencoded" }

async function post(baseUrl, path, fields) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: FORM,
    body: new URLSearchParams(fields).toString(),
  })
  return res.json()
}

module.exports = {
  name: "click",
  env: ENV,
  async run(ctx) {
    const env = { ...ENV, ...(ctx.env || {}) }
    const secret = env.CLICK_SECRET_KEY
    const { cartId, paymentCollection } = await ctx.prepareCart({
      providerId: "pp_click_click",
    })
    const session = paymentCollection.payment_sessions.find(
      (s) => s.provider_id === "pp_click_click"
    )

    await ctx.measure({
      name: "GET /store/carts/:id (core baseline)",
      path: `/store/carts/${cartId}`,
      headers: { "x-publishable-api-key": ctx.publishableKey },
    })

    const stamp = Date.now()
    const prepare = {
      click_trans_id: String(stamp),
      service_id: env.CLICK_SERVICE_ID,
      click_paydoc_id: String(stamp + 1),
      merchant_trans_id: session.id,
      amount: session.data.amount, // "N.NN", as in the payment link
      action: "0",
      error: "0",
      error_note: "Success",
      sign_time: new Date().toISOString().slice(0, 19).replace("T", " "),
    }
    prepare.sign_string = md5(
      prepare.click_trans_id +
        prepare.service_id +
        secret +
        prepare.merchant_trans_id +
        prepare.amount +
        prepare.action +
        prepare.sign_time
    )
    const prepared = await post(ctx.baseUrl, "/hooks/click/prepare", prepare)
    if (prepared.error !== 0) {
      throw new Error(`click prepare answered ${JSON.stringify(prepared)}`)
    }
    await ctx.measure({
      name: "POST /hooks/click/prepare (signed, repeated)",
      method: "POST",
      path: "/hooks/click/prepare",
      headers: FORM,
      body: new URLSearchParams(prepare).toString(),
    })

    const complete = {
      ...prepare,
      merchant_prepare_id: String(prepared.merchant_prepare_id),
      action: "1",
    }
    delete complete.sign_string
    complete.sign_string = md5(
      complete.click_trans_id +
        complete.service_id +
        secret +
        complete.merchant_trans_id +
        complete.merchant_prepare_id +
        complete.amount +
        complete.action +
        complete.sign_time
    )
    const completed = await post(ctx.baseUrl, "/hooks/click/complete", complete)
    if (completed.error !== 0) {
      throw new Error(`click complete answered ${JSON.stringify(completed)}`)
    }
    await ctx.measure({
      name: "POST /hooks/click/complete (repeated, -4)",
      method: "POST",
      path: "/hooks/click/complete",
      headers: FORM,
      body: new URLSearchParams(complete).toString(),
    })
  },
}

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  seedDemoStore,
  SeedResult,
} from "../../src/scripts/seed/seed-demo-store"
import loyaltyExpirePoints from "../../src/jobs/loyalty-expire-points"
import loyaltyRecomputeTiers from "../../src/jobs/loyalty-recompute-tiers"
import { awardPaymentPointsWorkflow } from "../../src/workflows/loyalty/award-payment-points"
import { adjustLoyaltyPointsWorkflow } from "../../src/workflows/loyalty/adjust-loyalty-points"
import { postLoyaltyEntriesStepId } from "../../src/workflows/loyalty/steps/post-loyalty-entries"
import { TASHKENT_ADDRESS } from "../helpers/checkout"
import { adminHeaders, registerCustomer } from "../helpers/customers"
import { useSmtpSink } from "../fakes/smtp"

jest.setTimeout(240 * 1000)

const ADMIN_PASSWORD = "loyalty-admin-pass"

// Program used by this file (module options come from env at boot).
const LOYALTY_ENV: Record<string, string> = {
  LOYALTY_EARN_RATES: JSON.stringify({ uzs: { points: 1, per: 1000 } }),
  LOYALTY_POINT_VALUES: JSON.stringify({ uzs: 100 }),
  LOYALTY_MAX_REDEEM_SHARE: "0.5",
  LOYALTY_TIERS: JSON.stringify([
    { name: "bronze", threshold: 0, multiplier: 1 },
    { name: "silver", threshold: 1000, multiplier: 2 },
  ]),
  LOYALTY_EXPIRY_MONTHS: "12",
  LOYALTY_EXPIRY_NOTICE_DAYS: "14",
}
const previousEnv: Record<string, string | undefined> = {}
for (const [k, v] of Object.entries(LOYALTY_ENV)) {
  previousEnv[k] = process.env[k]
  process.env[k] = v
}
afterAll(() => {
  for (const [k, v] of Object.entries(previousEnv)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
})

// Expiry notices go out by e-mail through a real SMTP server.
const smtp = useSmtpSink()

type Headers = Record<string, string>

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seed: SeedResult
    let admin: Headers
    let variantBySku: Record<string, string>

    const rows = (sql: string, bindings: unknown[] = []): Promise<any[]> =>
      dbConnection.raw(sql, bindings).then((r: any) => r.rows)
    const ledger = (customerId: string) =>
      rows(
        `SELECT * FROM loyalty_transaction WHERE customer_id = ? ORDER BY created_at, id`,
        [customerId]
      )
    const balanceOf = async (customerId: string) => {
      const [a] = await rows(
        `SELECT balance FROM loyalty_account WHERE customer_id = ?`,
        [customerId]
      )
      return a ? Number(a.balance) : 0
    }
    const failure = (p: Promise<unknown>) =>
      p.then(
        (r: any) => ({ status: r.status, data: r.data }),
        (e: any) => e.response
      )
    async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean) {
      let value = await read()
      for (let i = 0; i < 100 && !ok(value); i++) {
        await new Promise((r) => setTimeout(r, 100))
        value = await read()
      }
      return value
    }

    beforeAll(async () => {
      seed = await seedDemoStore(getContainer(), {
        adminPassword: ADMIN_PASSWORD,
      })
      admin = await adminHeaders(api, seed.adminEmail, ADMIN_PASSWORD)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "sku"],
      })
      variantBySku = Object.fromEntries(data.map((v: any) => [v.sku, v.id]))
    })

    const customer = (email: string) =>
      registerCustomer(api, seed.publishableKey, email)

    /** A cart of the logged-in customer, ready to complete (pp_system_default). */
    async function customerCart(headers: Headers, sku: string, quantity = 1) {
      const {
        data: { cart },
      } = await api.post(
        "/store/carts",
        {
          region_id: seed.regionUzId,
          items: [{ variant_id: variantBySku[sku], quantity }],
        },
        { headers }
      )
      await api.post(
        `/store/carts/${cart.id}`,
        {
          shipping_address: TASHKENT_ADDRESS,
          billing_address: TASHKENT_ADDRESS,
        },
        { headers }
      )
      const {
        data: { shipping_options },
      } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, {
        headers,
      })
      await api.post(
        `/store/carts/${cart.id}/shipping-methods`,
        { option_id: shipping_options[0].id },
        { headers }
      )
      const {
        data: { payment_collection },
      } = await api.post(
        "/store/payment-collections",
        { cart_id: cart.id },
        { headers }
      )
      await api.post(
        `/store/payment-collections/${payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        { headers }
      )
      return cart.id as string
    }

    async function placeOrder(headers: Headers, sku: string, quantity = 1) {
      const cartId = await customerCart(headers, sku, quantity)
      const { data } = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        { headers }
      )
      expect(data.type).toBe("order")
      return data.order as { id: string; total: number }
    }

    async function paymentOf(orderId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "payment_collections.payments.id"],
        filters: { id: orderId },
      })
      return (data[0] as any).payment_collections[0].payments[0].id as string
    }

    async function capture(orderId: string) {
      const payment_id = await paymentOf(orderId)
      await capturePaymentWorkflow(getContainer()).run({
        input: { payment_id },
      })
      return payment_id
    }

    const adjust = (customerId: string, body: Record<string, unknown>) =>
      api.post(`/admin/customers/${customerId}/loyalty/adjustments`, body, {
        headers: admin,
      })

    describe("earning", () => {
      it("credits points when the payment is captured, not before, and once", async () => {
        const { customer: c, headers } = await customer("earn@example.uz")
        const order = await placeOrder(headers, "QOZON-STANDART")
        const expected = Math.floor(Number(order.total) / 1000)
        expect(expected).toBeGreaterThan(0)

        // Authorized only: nothing earned.
        await new Promise((r) => setTimeout(r, 500))
        expect(await ledger(c.id)).toHaveLength(0)

        const paymentId = await capture(order.id)
        const entries = await waitFor(
          () => ledger(c.id),
          (l) => l.length > 0
        )
        expect(entries).toHaveLength(1)
        expect(entries[0]).toMatchObject({
          type: "earn",
          points: expected,
          balance_after: expected,
          source_type: "capture",
          order_id: order.id,
          currency_code: "uzs",
        })
        expect(await balanceOf(c.id)).toBe(expected)

        // The same event again, and twice at once: still one credit.
        await Promise.all([
          awardPaymentPointsWorkflow(getContainer()).run({
            input: { payment_id: paymentId },
          }),
          awardPaymentPointsWorkflow(getContainer()).run({
            input: { payment_id: paymentId },
          }),
        ])
        await getContainer()
          .resolve(Modules.EVENT_BUS)
          .emit({ name: "payment.captured", data: { id: paymentId } })
        await new Promise((r) => setTimeout(r, 500))
        expect(await ledger(c.id)).toHaveLength(1)
        expect(await balanceOf(c.id)).toBe(expected)

        const { data } = await api.get("/store/customers/me/loyalty", {
          headers,
        })
        expect(data.loyalty).toMatchObject({
          balance: expected,
          tier: "bronze",
          next_tier: {
            name: "silver",
            threshold: 1000,
            points_needed: 1000 - expected,
          },
        })
        expect(data.transactions).toHaveLength(1)
        expect(data.count).toBe(1)
      })

      it("reverses proportionally on a refund and the rest on cancel", async () => {
        const { customer: c, headers } = await customer("refund@example.uz")
        const order = await placeOrder(headers, "QOZON-STANDART")
        const earned = Math.floor(Number(order.total) / 1000)
        const paymentId = await capture(order.id)
        await waitFor(
          () => ledger(c.id),
          (l) => l.length === 1
        )

        await refundPaymentWorkflow(getContainer()).run({
          input: { payment_id: paymentId, amount: Number(order.total) / 4 },
        })
        const afterRefund = await waitFor(
          () => ledger(c.id),
          (l) => l.length === 2
        )
        const quarter = Math.floor(earned / 4)
        expect(afterRefund[1]).toMatchObject({
          type: "reverse",
          source_type: "refund",
          points: -quarter,
          order_id: order.id,
        })

        await cancelOrderWorkflow(getContainer()).run({
          input: { order_id: order.id },
        })
        const afterCancel = await waitFor(
          () => ledger(c.id),
          (l) => l.reduce((s: number, e: any) => s + e.points, 0) === 0
        )
        expect(afterCancel.reduce((s: number, e: any) => s + e.points, 0)).toBe(
          0
        )
        expect(await balanceOf(c.id)).toBe(0)
        // Never more reversed than earned, whichever event came first.
        expect(
          afterCancel
            .filter((e: any) => e.type === "reverse")
            .reduce((s: number, e: any) => s - e.points, 0)
        ).toBe(earned)
      })

      it("raises the tier when enough points are earned and multiplies later earnings", async () => {
        const { customer: c, headers } = await customer("tier@example.uz")
        const first = await placeOrder(headers, "QOZON-STANDART", 2)
        const firstPoints = Math.floor(Number(first.total) / 1000)
        expect(firstPoints).toBeGreaterThanOrEqual(1000)
        await capture(first.id)
        await waitFor(
          () =>
            rows(`SELECT tier FROM loyalty_account WHERE customer_id = ?`, [
              c.id,
            ]),
          (r) => r[0]?.tier === "silver"
        )
        const second = await placeOrder(headers, "QURUT-STANDART")
        await capture(second.id)
        const entries = await waitFor(
          () => ledger(c.id),
          (l) => l.length === 2
        )
        expect(entries[1].points).toBe(
          Math.floor(Number(second.total) / 1000) * 2
        )

        // A year later the first order no longer counts: the job moves the
        // customer down.
        await rows(
          `UPDATE loyalty_transaction SET created_at = now() - interval '13 months' WHERE order_id = ?`,
          [first.id]
        )
        await loyaltyRecomputeTiers(getContainer())
        const [account] = await rows(
          `SELECT tier FROM loyalty_account WHERE customer_id = ?`,
          [c.id]
        )
        expect(account.tier).toBe("bronze")
      })
    })

    describe("redeeming", () => {
      it("applies points as a promotion, caps them, and spends them when the order is placed", async () => {
        const { customer: c, headers } = await customer("redeem@example.uz")
        await adjust(c.id, { points: 10000, reason: "welcome gift" })
        const cartId = await customerCart(headers, "QURUT-STANDART")
        const before = (await api.get(`/store/carts/${cartId}`, { headers }))
          .data.cart
        // Cap: half of the total, at 100 so'm a point.
        const maxPoints = Math.floor(Number(before.total) / 2 / 100)

        const { data } = await api.post(
          `/store/carts/${cartId}/loyalty`,
          { points: 10000 },
          { headers }
        )
        expect(data.loyalty).toMatchObject({
          points: maxPoints,
          requested_points: 10000,
        })
        expect(Number(data.cart.total)).toBe(
          Number(before.total) - maxPoints * 100
        )
        expect(data.cart.promotions).toHaveLength(1)
        // Not spent yet.
        expect(await balanceOf(c.id)).toBe(10000)

        const removed = await api.delete(`/store/carts/${cartId}/loyalty`, {
          headers,
        })
        expect(Number(removed.data.cart.total)).toBe(Number(before.total))
        expect(removed.data.cart.promotions).toHaveLength(0)

        await api.post(
          `/store/carts/${cartId}/loyalty`,
          { points: 200 },
          { headers }
        )
        const done = await api.post(
          `/store/carts/${cartId}/complete`,
          {},
          { headers }
        )
        expect(done.data.type).toBe("order")
        expect(Number(done.data.order.total)).toBe(
          Number(before.total) - 200 * 100
        )
        const redeem = (await ledger(c.id)).filter(
          (e: any) => e.type === "redeem"
        )
        expect(redeem).toHaveLength(1)
        expect(redeem[0]).toMatchObject({
          points: -200,
          source_type: "cart",
          source_id: cartId,
        })
        expect(await balanceOf(c.id)).toBe(9800)

        // Canceling the order gives the redeemed points back.
        await cancelOrderWorkflow(getContainer()).run({
          input: { order_id: done.data.order.id },
        })
        expect(
          await waitFor(
            () => balanceOf(c.id),
            (b) => b === 10000
          )
        ).toBe(10000)
      })

      it("lets only one of two carts completing at once spend the same points", async () => {
        const { customer: c, headers } = await customer("race@example.uz")
        await adjust(c.id, { points: 250, reason: "promo" })
        const cartA = await customerCart(headers, "QURUT-STANDART")
        const cartB = await customerCart(headers, "QURUT-STANDART")
        // More than the balance (and within the cap): refused, nothing applied.
        const short = await failure(
          api.post(
            `/store/carts/${cartA}/loyalty`,
            { points: 260 },
            { headers }
          )
        )
        expect(short.status).toBe(400)
        expect(short.data.message).toMatch(/has 250 loyalty points; 260/)
        expect(
          await rows(
            `SELECT 1 FROM cart_promotion WHERE cart_id = ? AND deleted_at IS NULL`,
            [cartA]
          )
        ).toHaveLength(0)
        for (const id of [cartA, cartB]) {
          await api.post(
            `/store/carts/${id}/loyalty`,
            { points: 200 },
            { headers }
          )
        }
        const results = await Promise.all(
          [cartA, cartB].map((id) =>
            failure(api.post(`/store/carts/${id}/complete`, {}, { headers }))
          )
        )
        const orders = results.filter((r) => r.data?.type === "order")
        const refused = results.filter((r) => r.status === 400)
        expect(orders).toHaveLength(1)
        expect(refused).toHaveLength(1)
        expect(refused[0].data.message).toMatch(/has 50 loyalty points/)
        const redeem = (await ledger(c.id)).filter(
          (e: any) => e.type === "redeem"
        )
        expect(redeem).toHaveLength(1)
        expect(await balanceOf(c.id)).toBe(50)
        const [{ count }] = await rows(
          `SELECT count(*)::int AS count FROM "order" WHERE customer_id = ?`,
          [c.id]
        )
        expect(count).toBe(1)
      })

      it("refuses to complete when removed items made the discount exceed the cap", async () => {
        const { customer: c, headers } = await customer("shrink@example.uz")
        await adjust(c.id, { points: 1000, reason: "gift" })
        const cartId = await customerCart(headers, "QURUT-STANDART", 2)
        const applied = await api.post(
          `/store/carts/${cartId}/loyalty`,
          { points: 400 },
          { headers }
        )
        expect(applied.data.loyalty.points).toBe(400)
        const {
          data: { cart },
        } = await api.get(`/store/carts/${cartId}`, { headers })
        await api.post(
          `/store/carts/${cartId}/line-items/${cart.items[0].id}`,
          { quantity: 1 },
          { headers }
        )
        // A changed cart needs a new payment session.
        const {
          data: { cart: changed },
        } = await api.get(
          `/store/carts/${cartId}?fields=id,total,*payment_collection`,
          { headers }
        )
        await api.post(
          `/store/payment-collections/${changed.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          { headers }
        )
        const done = await failure(
          api.post(`/store/carts/${cartId}/complete`, {}, { headers })
        )
        expect(done.status).toBe(400)
        expect(done.data.message).toMatch(/apply the points again/)
        expect(await balanceOf(c.id)).toBe(1000)
        expect(
          (await ledger(c.id)).filter((e: any) => e.type === "redeem")
        ).toHaveLength(0)
      })

      it("refuses other customers' carts, guests and bad input", async () => {
        const { customer: a, headers: aHeaders } =
          await customer("a@example.uz")
        const { customer: b, headers: bHeaders } =
          await customer("b@example.uz")
        await adjust(a.id, { points: 500, reason: "gift" })
        await adjust(b.id, { points: 500, reason: "gift" })
        const cartId = await customerCart(aHeaders, "QURUT-STANDART")

        const other = await failure(
          api.post(
            `/store/carts/${cartId}/loyalty`,
            { points: 100 },
            {
              headers: bHeaders,
            }
          )
        )
        expect(other.status).toBe(404)
        const otherDelete = await failure(
          api.delete(`/store/carts/${cartId}/loyalty`, { headers: bHeaders })
        )
        expect(otherDelete.status).toBe(404)
        const guest = await failure(
          api.post(
            `/store/carts/${cartId}/loyalty`,
            { points: 100 },
            {
              headers: { "x-publishable-api-key": seed.publishableKey },
            }
          )
        )
        expect(guest.status).toBe(401)
        const guestView = await failure(
          api.get("/store/customers/me/loyalty", {
            headers: { "x-publishable-api-key": seed.publishableKey },
          })
        )
        expect(guestView.status).toBe(401)
        for (const body of [
          { points: -5 },
          { points: 1.5 },
          { points: 10, extra: true },
          {},
        ]) {
          const bad = await failure(
            api.post(`/store/carts/${cartId}/loyalty`, body, {
              headers: aHeaders,
            })
          )
          expect(bad.status).toBe(400)
        }
        const tooMany = await failure(
          api.post(
            `/store/carts/${cartId}/loyalty`,
            { points: 5000 },
            {
              headers: aHeaders,
            }
          )
        )
        // Capped at 300 points by the total, but only 500 are there: fine;
        // with 600 asked of a 500 balance after the cap it would fail.
        expect(tooMany.status).toBe(200)
        const [cart] = await rows(`SELECT metadata FROM cart WHERE id = ?`, [
          cartId,
        ])
        expect(cart.metadata.loyalty_points).toBeLessThanOrEqual(500)
        const promotions = await rows(
          `SELECT promotion_id FROM cart_promotion WHERE cart_id = ? AND deleted_at IS NULL`,
          [cartId]
        )
        expect(promotions).toHaveLength(1)
        expect(await balanceOf(a.id)).toBe(500)
        expect(await balanceOf(b.id)).toBe(500)
      })
    })

    describe("admin", () => {
      it("adjusts with a reason, never below zero, once per key, admins only", async () => {
        const { customer: c } = await customer("adjust@example.uz")
        const url = `/admin/customers/${c.id}/loyalty`

        const noAuth = await failure(api.get(url))
        expect(noAuth.status).toBe(401)
        const noAuthPost = await failure(
          api.post(`${url}/adjustments`, { points: 5, reason: "nope" })
        )
        expect(noAuthPost.status).toBe(401)

        const body = { points: 120, reason: "support", idempotency_key: "t-1" }
        const [first, second] = await Promise.all([
          adjust(c.id, body),
          adjust(c.id, body),
        ])
        expect([first.data.duplicate, second.data.duplicate].sort()).toEqual([
          false,
          true,
        ])
        expect(await ledger(c.id)).toHaveLength(1)
        expect(await balanceOf(c.id)).toBe(120)

        const below = await failure(
          adjust(c.id, { points: -121, reason: "too much" })
        )
        expect(below.status).toBe(400)
        expect(below.data.message).toMatch(/has 120 loyalty points/)
        const bad = await failure(adjust(c.id, { points: 0, reason: "zero" }))
        expect(bad.status).toBe(400)
        expect(await ledger(c.id)).toHaveLength(1)

        const missing = await failure(
          adjust("cus_missing", { points: 1, reason: "ghost" })
        )
        expect(missing.status).toBe(404)

        const { data } = await api.get(`${url}?limit=1`, { headers: admin })
        expect(data.loyalty.balance).toBe(120)
        expect(data.transactions[0]).toMatchObject({
          type: "adjust",
          points: 120,
          reason: "support",
        })

        // The same key on another customer is another adjustment.
        const { customer: other } = await customer("adjust-2@example.uz")
        const otherAdjust = await adjust(other.id, body)
        expect(otherAdjust.data.duplicate).toBe(false)
        expect(await balanceOf(other.id)).toBe(120)

        const settings = await api.get("/admin/loyalty/settings", {
          headers: admin,
        })
        expect(settings.data.settings).toMatchObject({
          max_redeem_share: 0.5,
          expiry_months: 12,
          point_values: { uzs: 100 },
        })
      })
    })

    describe("compensation", () => {
      it("removes the entry and restores the balance when a later step fails", async () => {
        const { customer: c } = await customer("compensate@example.uz")
        await adjust(c.id, { points: 40, reason: "before" })
        const workflow = adjustLoyaltyPointsWorkflow(getContainer())
        workflow.appendAction("throw", postLoyaltyEntriesStepId, {
          invoke: async function failAfterPosting() {
            throw new Error("Failed after posting")
          },
        })
        const { errors, transaction } = await workflow.run({
          input: {
            customer_id: c.id,
            points: 25,
            reason: "will be undone",
            idempotency_key: "comp-1",
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("Failed after posting")
        // The step posted 25 points before the failure; compensation took
        // them out again.
        expect(transaction.getState()).not.toBe("done")
        expect(await ledger(c.id)).toHaveLength(1)
        expect(await balanceOf(c.id)).toBe(40)
      })
    })

    describe("expiry", () => {
      it("expires the oldest points first, notifies ahead once, and never twice per run", async () => {
        const { customer: c, headers } = await customer("expiry@example.uz")
        const old = await adjust(c.id, { points: 100, reason: "old" })
        const recent = await adjust(c.id, { points: 50, reason: "recent" })
        await adjust(c.id, { points: -30, reason: "spent" })
        await rows(
          `UPDATE loyalty_transaction SET expires_at = now() - interval '1 day' WHERE id = ?`,
          [old.data.transaction_id]
        )
        await rows(
          `UPDATE loyalty_transaction SET expires_at = now() + interval '7 days' WHERE id = ?`,
          [recent.data.transaction_id]
        )

        const first = await loyaltyExpirePoints(getContainer())
        expect(first).toMatchObject({ expired: 70, notices: 1, failed: 0 })
        const expired = (await ledger(c.id)).filter(
          (e: any) => e.type === "expire"
        )
        expect(expired).toHaveLength(1)
        // 100 old points, 30 of them spent first: 70 expire.
        expect(expired[0].points).toBe(-70)
        expect(await balanceOf(c.id)).toBe(50)

        const again = await loyaltyExpirePoints(getContainer())
        expect(again).toMatchObject({ expired: 0, notices: 0 })
        expect(
          (await ledger(c.id)).filter((e: any) => e.type === "expire")
        ).toHaveLength(1)

        const { data } = await api.get("/store/customers/me/loyalty", {
          headers,
        })
        expect(data.loyalty.balance).toBe(50)
        expect(data.loyalty.expiring_soon.points).toBe(50)
        expect(data.count).toBe(4)

        // The notice: one e-mail, in Uzbek, even though the job ran twice.
        let notices: any[] = []
        for (let i = 0; i < 100 && !notices.length; i++) {
          notices = await rows(
            `SELECT * FROM notification WHERE template = 'loyalty_points_expiring' AND status = 'success'`
          )
          await new Promise((r) => setTimeout(r, 100))
        }
        expect(notices).toHaveLength(1)
        expect(notices[0].to).toBe("expiry@example.uz")
        expect(notices[0].data.text).toMatch(
          /50 ballingiz \d{4}-\d{2}-\d{2} kuni kuyadi/
        )
        expect(
          smtp.mails.filter((m) => m.to.includes("expiry@example.uz"))
        ).toHaveLength(1)
      })
    })
  },
})

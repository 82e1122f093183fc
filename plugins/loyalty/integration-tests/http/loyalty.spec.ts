import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import loyaltyExpirePoints from "@bozor/medusa-loyalty/jobs/loyalty-expire-points"
import loyaltyRecomputeTiers from "@bozor/medusa-loyalty/jobs/loyalty-recompute-tiers"
import {
  adjustLoyaltyPointsWorkflow,
  awardPaymentPointsWorkflow,
  postLoyaltyEntriesStepId,
} from "@bozor/medusa-loyalty/workflows"
import {
  Headers,
  loyaltyHarness,
  outcome,
  useLoyaltyEnv,
} from "../../../../integration-tests/helpers/loyalty"
import { useSmtpSink } from "../../../../integration-tests/fakes/smtp"

jest.setTimeout(240 * 1000)

useLoyaltyEnv()

// Expiry notices go out by e-mail through a real SMTP server.
const smtp = useSmtpSink()

// Redemption at checkout: loyalty-redemption.spec.ts.
medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api, getContainer } = runner
    const h = loyaltyHarness(runner)
    const { rows, ledger, balanceOf, waitFor, customer, adjust, customerCart } =
      h
    const failure = outcome

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

        const { data } = await api.get(`${url}?limit=1`, {
          headers: h.ctx.admin,
        })
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
          headers: h.ctx.admin,
        })
        expect(settings.data.settings).toMatchObject({
          max_redeem_share: 0.5,
          expiry_months: 12,
          point_values: { uzs: 100 },
        })
      })

      it("refuses adjustments that are too large or would overflow the balance with 400, never 500", async () => {
        const { customer: c } = await customer("overflow@example.uz")
        // The probe of issue #14: 22 × 100 000 000 points.
        const results = []
        for (let i = 0; i < 22; i++) {
          results.push(
            await failure(
              adjust(c.id, { points: 100_000_000, reason: "overflow probe" })
            )
          )
        }
        expect(results.map((r) => r.status)).toEqual(Array(22).fill(400))
        expect(await ledger(c.id)).toHaveLength(0)

        // Within the per-adjustment bound, the balance still cannot pass
        // the largest integer the ledger holds.
        await adjust(c.id, { points: 1, reason: "opens the account" })
        await rows(
          `UPDATE loyalty_account SET balance = 2147000000 WHERE customer_id = ?`,
          [c.id]
        )
        const over = await failure(
          adjust(c.id, { points: 10_000_000, reason: "over the top" })
        )
        expect(over.status).toBe(400)
        expect(over.data.message).toMatch(/would exceed the largest balance/)
        const fits = await adjust(c.id, { points: 483_647, reason: "fits" })
        expect(fits.status).toBe(200)
        expect(await balanceOf(c.id)).toBe(2_147_483_647)
        const tooBig = await failure(
          adjust(c.id, { points: 10_000_001, reason: "too big" })
        )
        expect(tooBig.status).toBe(400)
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

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import {
  loyaltyHarness,
  outcome,
  useLoyaltyEnv,
} from "../../../../integration-tests/helpers/loyalty"

jest.setTimeout(240 * 1000)

useLoyaltyEnv()

// The settings page's route: POST /admin/loyalty/settings.
medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api, getContainer } = runner
    const h = loyaltyHarness(runner)
    const { rows, ledger, waitFor, customer, adjust, customerCart } = h
    const url = "/admin/loyalty/settings"
    const save = (body: unknown) =>
      outcome(api.post(url, body, { headers: h.ctx.admin }))

    async function placeAndCapture(headers: Record<string, string>) {
      const cartId = await customerCart(headers, "QOZON-STANDART")
      const { data } = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        { headers }
      )
      expect(data.type).toBe("order")
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "payment_collections.payments.id"],
        filters: { id: data.order.id },
      })
      const payment_id = (orders[0] as any).payment_collections[0].payments[0]
        .id as string
      await capturePaymentWorkflow(getContainer()).run({
        input: { payment_id },
      })
      return data.order as { id: string; total: number }
    }

    describe("POST /admin/loyalty/settings", () => {
      it("stores changes over the options; earning, expiry and tiers follow them", async () => {
        const before = await api.get(url, { headers: h.ctx.admin })
        expect(before.data.settings).toEqual({
          earn_rates: { uzs: { points: 1, per: 1000 } },
          point_values: { uzs: 100 },
          max_redeem_share: 0.5,
          tiers: [
            { name: "bronze", threshold: 0, multiplier: 1 },
            { name: "silver", threshold: 1000, multiplier: 2 },
          ],
          tier_window_months: 12,
          expiry_months: 12,
          expiry_notice_days: 14,
        })

        const tiers = [
          { name: "bronze", threshold: 0, multiplier: 1 },
          { name: "silver", threshold: 5000, multiplier: 2 },
          { name: "gold", threshold: 100000, multiplier: 3 },
        ]
        const first = await save({
          earn_rates: { UZS: { points: 3, per: 1000 } },
          expiry_months: 0,
          tiers,
        })
        expect(first.status).toBe(200)
        expect(first.data.settings).toMatchObject({
          earn_rates: { uzs: { points: 3, per: 1000 } },
          expiry_months: 0,
          tiers,
          max_redeem_share: 0.5,
        })

        // A later change keeps the earlier ones.
        const second = await save({ max_redeem_share: 0.3 })
        expect(second.status).toBe(200)
        const { data } = await api.get(url, { headers: h.ctx.admin })
        expect(data.settings).toEqual({
          earn_rates: { uzs: { points: 3, per: 1000 } },
          point_values: { uzs: 100 },
          max_redeem_share: 0.3,
          tiers,
          tier_window_months: 12,
          expiry_months: 0,
          expiry_notice_days: 14,
        })
        const [stored] = await rows(`SELECT overrides FROM loyalty_settings`)
        expect(stored.overrides).toEqual({
          earnRates: { uzs: { points: 3, per: 1000 } },
          expiryMonths: 0,
          tiers,
          maxRedeemShare: 0.3,
        })

        // Expiry 0: a credit never expires.
        const { customer: c, headers } = await customer("settings@example.uz")
        await adjust(c.id, { points: 100, reason: "welcome gift" })
        expect((await ledger(c.id))[0].expires_at).toBeNull()
        const view = await api.get(`/admin/customers/${c.id}/loyalty`, {
          headers: h.ctx.admin,
        })
        expect(view.data.loyalty).toMatchObject({
          balance: 100,
          tier: "bronze",
          expiry_months: 0,
          next_tier: { name: "silver", threshold: 5000 },
        })

        // The new earn rate: 3 points per 1 000 so'm.
        const order = await placeAndCapture(headers)
        const entries = await waitFor(
          () => ledger(c.id),
          (l) => l.length === 2
        )
        const earn = entries.find((e) => e.type === "earn")
        expect(earn.points).toBe(Math.floor(Number(order.total) / 1000) * 3)
        expect(earn.expires_at).toBeNull()
      })

      it("refuses invalid settings with 400 naming the field and keeps the ones in force", async () => {
        const tier = (name: string, threshold: number) => ({
          name,
          threshold,
          multiplier: 1,
        })
        const bad: [unknown, RegExp][] = [
          [{ max_redeem_share: 7 }, /max_redeem_share/],
          [{ max_redeem_share: 0 }, /max_redeem_share/],
          [
            { tiers: [tier("silver", 10)] },
            /tiers: one tier needs threshold 0/,
          ],
          [{ tiers: [] }, /tiers/],
          [{ tiers: [tier("a", 0), tier("a", 10)] }, /tier names must differ/],
          [
            { tiers: Array.from({ length: 21 }, (_, i) => tier(`t${i}`, i)) },
            /tiers/,
          ],
          [{ tiers: [tier("x".repeat(51), 0)] }, /name/],
          [
            { earn_rates: { uzbek: { points: 1, per: 1000 } } },
            /earn_rates: every currency must be a 3-letter code/,
          ],
          [{ earn_rates: { uzs: { points: 1, per: 0 } } }, /per/],
          [{ point_values: { uzs: -1 } }, /point_values/],
          [{ expiry_months: 1.5 }, /expiry_months/],
          [{ expiry_notice_days: 400 }, /expiry_notice_days/],
          [{ tier_window_months: null }, /tier_window_months/],
          [{ redeem_everything: true }, /redeem_everything/],
        ]
        for (const [body, message] of bad) {
          const r = await save(body)
          expect({ body, status: r.status }).toEqual({ body, status: 400 })
          expect(r.data.type).toBe("invalid_data")
          expect(r.data.message).toMatch(message)
        }
        const { data } = await api.get(url, { headers: h.ctx.admin })
        expect(data.settings.max_redeem_share).toBe(0.5)
        expect(data.settings.tiers).toHaveLength(2)
        expect(await rows(`SELECT * FROM loyalty_settings`)).toHaveLength(0)

        const anonymous = await outcome(api.post(url, { expiry_months: 1 }))
        expect(anonymous.status).toBe(401)
      })
    })
  },
})

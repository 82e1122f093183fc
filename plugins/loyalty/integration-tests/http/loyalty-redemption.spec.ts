import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import {
  applyLoyaltyToCartWorkflow,
  createLoyaltyRedemptionStepId,
} from "@bozor/medusa-loyalty/workflows"
import {
  Headers,
  loyaltyHarness,
  outcome,
  useLoyaltyEnv,
} from "../../../../integration-tests/helpers/loyalty"

jest.setTimeout(240 * 1000)

useLoyaltyEnv()

// 100 so'm a point, at most half of the items (LOYALTY_TEST_ENV).
const POINT_VALUE = 100

/**
 * Redemption hardening (issue #14): what is spent and taken off is decided by
 * the server alone (a loyalty_redemption row and a cart credit line), never by
 * anything a client can write to the cart.
 */
medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api, getContainer } = runner
    const h = loyaltyHarness(runner)
    const { rows, ledger, balanceOf, customer, adjust, customerCart } = h

    const getCart = async (headers: Headers, id: string) =>
      (
        await api.get(
          `/store/carts/${id}?fields=id,total,item_total,shipping_total,discount_total,credit_line_total,*credit_lines,*promotions,*payment_collection,metadata`,
          { headers }
        )
      ).data.cart

    const apply = (headers: Headers, cartId: string, points: number) =>
      api.post(`/store/carts/${cartId}/loyalty`, { points }, { headers })

    /** Completes and returns the order with its totals, credit lines, payments. */
    async function complete(headers: Headers, cartId: string) {
      const res = await outcome(
        api.post(`/store/carts/${cartId}/complete`, {}, { headers })
      )
      if (res.data?.type !== "order") {
        return { res, order: null as any }
      }
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: [
          "id",
          "total",
          "item_total",
          "discount_total",
          "credit_line_total",
          "credit_lines.*",
          "payment_collections.amount",
          "payment_collections.payments.amount",
        ],
        filters: { id: res.data.order.id },
      })
      return { res, order: data[0] as any }
    }

    const redeemed = async (customerId: string) =>
      (await ledger(customerId)).filter((e: any) => e.type === "redeem")

    it("applies points as a credit line capped on the items, and spends exactly that at completion", async () => {
      const { customer: c, headers } = await customer("redeem@example.uz")
      await adjust(c.id, { points: 10000, reason: "welcome gift" })
      const cartId = await customerCart(headers, "QURUT-STANDART")
      const before = await getCart(headers, cartId)
      // Cap: half of the items (shipping excluded), at 100 so'm a point.
      const maxPoints = Math.floor(Number(before.item_total) / 2 / POINT_VALUE)

      const { data } = await apply(headers, cartId, 10000)
      expect(data.loyalty).toEqual({
        points: maxPoints,
        requested_points: 10000,
        max_points: maxPoints,
        amount: maxPoints * POINT_VALUE,
      })
      const applied = await getCart(headers, cartId)
      expect(applied.credit_lines).toHaveLength(1)
      expect(applied.credit_lines[0]).toMatchObject({
        reference: "loyalty",
        amount: maxPoints * POINT_VALUE,
      })
      expect(applied.promotions).toHaveLength(0)
      expect(applied.metadata ?? {}).toEqual({})
      expect(Number(applied.total)).toBe(
        Number(before.total) - maxPoints * POINT_VALUE
      )
      // What is charged follows the credit (Payme/Click read this amount).
      expect(Number(applied.payment_collection.amount)).toBe(
        Number(applied.total)
      )
      expect(await balanceOf(c.id)).toBe(10000)

      const removed = await api.delete(`/store/carts/${cartId}/loyalty`, {
        headers,
      })
      expect(Number(removed.data.cart.total)).toBe(Number(before.total))
      expect((await getCart(headers, cartId)).credit_lines).toHaveLength(0)
      expect(
        await rows(
          `SELECT 1 FROM loyalty_redemption WHERE cart_id = ? AND deleted_at IS NULL`,
          [cartId]
        )
      ).toHaveLength(0)

      await apply(headers, cartId, 150)
      await h.payWithSystem(headers, cartId)
      const { order } = await complete(headers, cartId)
      expect(Number(order.total)).toBe(Number(before.total) - 150 * POINT_VALUE)
      expect(Number(order.credit_line_total)).toBe(150 * POINT_VALUE)
      expect(order.credit_lines).toHaveLength(1)
      expect(order.credit_lines[0]).toMatchObject({ reference: "loyalty" })
      // The payment is for the total after the credit.
      expect(Number(order.payment_collections[0].payments[0].amount)).toBe(
        Number(order.total)
      )
      const entries = await redeemed(c.id)
      expect(entries).toHaveLength(1)
      expect(entries[0]).toMatchObject({
        points: -150,
        source_type: "cart",
        source_id: cartId,
      })
      expect(Number(entries[0].amount)).toBe(150 * POINT_VALUE)
      expect(await balanceOf(c.id)).toBe(9850)

      // Canceling the order gives the redeemed points back.
      await cancelOrderWorkflow(getContainer()).run({
        input: { order_id: order.id },
      })
      expect(
        await h.waitFor(
          () => balanceOf(c.id),
          (b) => b === 10000
        )
      ).toBe(10000)
    })

    it("ignores a client's overwrite of the cart metadata (points and amount)", async () => {
      const { customer: c, headers } = await customer("forge@example.uz")
      await adjust(c.id, { points: 5000, reason: "gift" })
      const cartId = await customerCart(headers, "QOZON-STANDART")
      const before = await getCart(headers, cartId)
      await apply(headers, cartId, 1000)
      await h.payWithSystem(headers, cartId)
      await api.post(
        `/store/carts/${cartId}`,
        { metadata: { loyalty_points: 1, loyalty_amount: "100" } },
        { headers }
      )
      const { order } = await complete(headers, cartId)
      const spent = -(await redeemed(c.id)).reduce(
        (s: number, e: any) => s + e.points,
        0
      )
      // Whatever was taken off was paid for, point for point.
      expect(Number(before.total) - Number(order.total)).toBe(
        spent * POINT_VALUE
      )
      expect(spent).toBe(1000)
      expect(await balanceOf(c.id)).toBe(4000)
    })

    it("ignores a client's overwrite of the cart metadata (promotion id)", async () => {
      const { customer: c, headers } = await customer("forge2@example.uz")
      await adjust(c.id, { points: 5000, reason: "gift" })
      const cartId = await customerCart(headers, "QOZON-STANDART")
      const before = await getCart(headers, cartId)
      await apply(headers, cartId, 1000)
      await h.payWithSystem(headers, cartId)
      await api.post(
        `/store/carts/${cartId}`,
        { metadata: { loyalty_promotion_id: "promo_none" } },
        { headers }
      )
      const { order } = await complete(headers, cartId)
      const spent = -(await redeemed(c.id)).reduce(
        (s: number, e: any) => s + e.points,
        0
      )
      expect(Number(before.total) - Number(order.total)).toBe(
        spent * POINT_VALUE
      )
      expect(spent).toBe(1000)
    })

    it("gives nothing that works on another cart", async () => {
      const { customer: c, headers } = await customer("reuse@example.uz")
      await adjust(c.id, { points: 5000, reason: "gift" })
      const cartA = await customerCart(headers, "QOZON-STANDART")
      const cartB = await customerCart(headers, "QOZON-STANDART")
      const beforeB = await getCart(headers, cartB)
      await apply(headers, cartA, 1000)
      // Remove and apply again: nothing new to reuse either.
      await api.delete(`/store/carts/${cartA}/loyalty`, { headers })
      await apply(headers, cartA, 1000)
      const a = await getCart(headers, cartA)
      const codes = (a.promotions ?? []).map((p: any) => p.code).filter(Boolean)
      const [{ count }] = await rows(
        `SELECT count(*)::int AS count FROM promotion WHERE code ILIKE 'LOYALTY-%'`
      )
      codes.push(
        ...(
          await rows(`SELECT code FROM promotion WHERE code ILIKE 'LOYALTY-%'`)
        ).map((r: any) => r.code)
      )
      for (const code of codes) {
        await outcome(
          api.post(
            `/store/carts/${cartB}/promotions`,
            { promo_codes: [code] },
            { headers }
          )
        )
      }
      await h.payWithSystem(headers, cartB)
      const { order } = await complete(headers, cartB)
      expect(Number(order.total)).toBe(Number(beforeB.total))
      expect(await redeemed(c.id)).toHaveLength(0)
      expect(count).toBe(0)
      expect(a.credit_lines).toHaveLength(1)
    })

    it("lets no one else spend the owner's points", async () => {
      const { customer: owner, headers } = await customer("owner@example.uz")
      const { customer: other, headers: otherHeaders } = await customer(
        "stranger@example.uz"
      )
      await adjust(owner.id, { points: 5000, reason: "gift" })
      await adjust(other.id, { points: 5000, reason: "gift" })
      const anonymous = { "x-publishable-api-key": h.ctx.seed.publishableKey }
      const cartId = await customerCart(headers, "QOZON-STANDART")
      const before = await getCart(headers, cartId)

      // The loyalty routes: 404 to another customer, 401 to a guest.
      for (const [hdrs, status] of [
        [otherHeaders, 404],
        [anonymous, 401],
      ] as const) {
        expect(
          (await outcome(apply(hdrs as Headers, cartId, 100))).status
        ).toBe(status)
      }
      await apply(headers, cartId, 100)
      for (const [hdrs, status] of [
        [otherHeaders, 404],
        [anonymous, 401],
      ] as const) {
        const res = await outcome(
          api.delete(`/store/carts/${cartId}/loyalty`, {
            headers: hdrs as Headers,
          })
        )
        expect(res.status).toBe(status)
      }
      // Their attempts changed nothing: the owner's credit is still there.
      expect(Number((await getCart(headers, cartId)).total)).toBe(
        Number(before.total) - 100 * POINT_VALUE
      )

      // Medusa's own cart route is open to anyone with the id.
      await api.post(
        `/store/carts/${cartId}`,
        { metadata: { loyalty_points: 1175 } },
        { headers: anonymous }
      )
      await h.payWithSystem(headers, cartId)
      const { order } = await complete(headers, cartId)
      const spent = -(await redeemed(owner.id)).reduce(
        (s: number, e: any) => s + e.points,
        0
      )
      expect(spent).toBe(100)
      expect(Number(before.total) - Number(order.total)).toBe(100 * POINT_VALUE)
      expect(await balanceOf(owner.id)).toBe(4900)
      expect(await balanceOf(other.id)).toBe(5000)
    })

    it("refuses a cart taken over by another customer after the points were applied", async () => {
      const { customer: owner, headers } = await customer("owner2@example.uz")
      const { customer: other, headers: otherHeaders } =
        await customer("taker@example.uz")
      await adjust(owner.id, { points: 5000, reason: "gift" })
      await adjust(other.id, { points: 5000, reason: "gift" })
      const cartId = await customerCart(headers, "QOZON-STANDART")
      await apply(headers, cartId, 1000)
      await api.post(
        `/store/carts/${cartId}/customer`,
        {},
        {
          headers: otherHeaders,
        }
      )
      await h.payWithSystem(otherHeaders, cartId)
      const { res, order } = await complete(otherHeaders, cartId)
      expect(order).toBeNull()
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/apply the points again/)
      expect(await balanceOf(owner.id)).toBe(5000)
      expect(await balanceOf(other.id)).toBe(5000)
    })

    it("caps on the items only: a mostly-shipping cart spends what it gets off", async () => {
      const { customer: c, headers } = await customer("ship@example.uz")
      await adjust(c.id, { points: 10000, reason: "gift" })
      const cartId = await customerCart(headers, "SAMARQAND-NON-STANDART")
      const before = await getCart(headers, cartId)
      expect(Number(before.shipping_total)).toBeGreaterThan(
        Number(before.item_total)
      )
      const { data } = await apply(headers, cartId, 10000)
      const cap = Math.floor(Number(before.item_total) / 2 / POINT_VALUE)
      expect(data.loyalty.points).toBe(cap)
      expect(Number(data.loyalty.amount)).toBe(
        data.loyalty.points * POINT_VALUE
      )
      await h.payWithSystem(headers, cartId)
      const { order } = await complete(headers, cartId)
      const [entry] = await redeemed(c.id)
      // Told = taken off = debited.
      expect(Number(before.total) - Number(order.total)).toBe(
        Number(data.loyalty.amount)
      )
      expect(entry.points).toBe(-data.loyalty.points)
      expect(Number(entry.amount)).toBe(Number(data.loyalty.amount))
    })

    it("spends once when the same cart is completed four times at once", async () => {
      const { customer: c, headers } = await customer("parallel@example.uz")
      await adjust(c.id, { points: 1000, reason: "gift" })
      const cartId = await customerCart(headers, "QOZON-STANDART")
      await apply(headers, cartId, 300)
      await h.payWithSystem(headers, cartId)
      const results = await Promise.all(
        [1, 2, 3, 4].map(() =>
          outcome(api.post(`/store/carts/${cartId}/complete`, {}, { headers }))
        )
      )
      const orderIds = new Set(
        results
          .filter((r) => r.data?.type === "order")
          .map((r) => r.data.order.id)
      )
      expect(orderIds.size).toBe(1)
      expect(await redeemed(c.id)).toHaveLength(1)
      expect(await balanceOf(c.id)).toBe(700)
    })

    it("lets only one of two carts completing at once spend the same points", async () => {
      const { customer: c, headers } = await customer("race@example.uz")
      await adjust(c.id, { points: 250, reason: "promo" })
      // Two items: a cap of 350 points, above the balance.
      const cartA = await customerCart(headers, "QURUT-STANDART", 2)
      const cartB = await customerCart(headers, "QURUT-STANDART", 2)
      // More than the balance (and within the cap): refused, nothing applied.
      const short = await outcome(apply(headers, cartA, 260))
      expect(short.status).toBe(400)
      expect(short.data.message).toMatch(/has 250 loyalty points; 260/)
      expect((await getCart(headers, cartA)).credit_lines).toHaveLength(0)
      for (const id of [cartA, cartB]) {
        await apply(headers, id, 200)
        await h.payWithSystem(headers, id)
      }
      const results = await Promise.all(
        [cartA, cartB].map((id) =>
          outcome(api.post(`/store/carts/${id}/complete`, {}, { headers }))
        )
      )
      expect(results.filter((r) => r.data?.type === "order")).toHaveLength(1)
      const refused = results.filter((r) => r.status === 400)
      expect(refused).toHaveLength(1)
      expect(refused[0].data.message).toMatch(/has 50 loyalty points/)
      expect(await redeemed(c.id)).toHaveLength(1)
      expect(await balanceOf(c.id)).toBe(50)
    })

    it("refuses to complete when removed items made the credit exceed the cap", async () => {
      const { customer: c, headers } = await customer("shrink@example.uz")
      await adjust(c.id, { points: 1000, reason: "gift" })
      const cartId = await customerCart(headers, "QURUT-STANDART", 2)
      const applied = await apply(headers, cartId, 350)
      expect(applied.data.loyalty.points).toBe(350)
      const cart = (await api.get(`/store/carts/${cartId}`, { headers })).data
        .cart
      await api.post(
        `/store/carts/${cartId}/line-items/${cart.items[0].id}`,
        { quantity: 1 },
        { headers }
      )
      // Medusa's refresh keeps the credit line.
      expect((await getCart(headers, cartId)).credit_lines).toHaveLength(1)
      await h.payWithSystem(headers, cartId)
      const { res } = await complete(headers, cartId)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/apply the points again/)
      expect(await balanceOf(c.id)).toBe(1000)
      expect(await redeemed(c.id)).toHaveLength(0)
    })

    it("undoes the credit line and the redemption when applying fails after them", async () => {
      const { customer: c, headers } = await customer("undo@example.uz")
      await adjust(c.id, { points: 1000, reason: "gift" })
      const cartId = await customerCart(headers, "QOZON-STANDART")
      const before = await getCart(headers, cartId)
      const workflow = applyLoyaltyToCartWorkflow(getContainer())
      workflow.appendAction("throw", createLoyaltyRedemptionStepId, {
        invoke: async function failAfterRecording() {
          throw new Error("Failed after recording")
        },
      })
      const { errors, transaction } = await workflow.run({
        input: { cart_id: cartId, customer_id: c.id, points: 500 },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("Failed after recording")
      // Compensated: the failed action keeps the state at "failed", not
      // "done"; what matters is that nothing it wrote is left.
      expect(transaction.getState()).not.toBe("done")
      const after = await getCart(headers, cartId)
      expect(after.credit_lines).toHaveLength(0)
      expect(Number(after.total)).toBe(Number(before.total))
      expect(
        await rows(
          `SELECT 1 FROM loyalty_redemption WHERE cart_id = ? AND deleted_at IS NULL`,
          [cartId]
        )
      ).toHaveLength(0)
      // And the cart is free again: the points can be applied.
      expect((await apply(headers, cartId, 500)).data.loyalty.points).toBe(500)
    })
  },
})

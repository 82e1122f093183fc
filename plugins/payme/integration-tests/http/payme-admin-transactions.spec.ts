import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  seedDemoStore,
  type SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import {
  paymeHelpers,
  paymeId,
  PROVIDER,
  QOZON_TOTAL_TIYIN,
  usePaymeEnv,
} from "../helpers/payme"

jest.setTimeout(180 * 1000)

usePaymeEnv()

const ADMIN_PASSWORD = "payme-admin-pass"

// Issue #16: GET /admin/payme/transactions?order_id=, the order page widget's data.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult

    beforeAll(async () => {
      seed = await seedDemoStore(getContainer(), {
        uzPaymentProviders: [PROVIDER],
        adminPassword: ADMIN_PASSWORD,
      })
    })

    const { rpc, paymeCart, orderOfCart, createAndPerform } = paymeHelpers(
      api,
      getContainer,
      () => seed
    )

    async function adminHeaders() {
      const { data } = await api.post("/auth/user/emailpass", {
        email: seed.adminEmail,
        password: ADMIN_PASSWORD,
      })
      return { authorization: `Bearer ${data.token}` }
    }

    const list = async (query: string, headers?: Record<string, string>) =>
      api.get(`/admin/payme/transactions?${query}`, {
        headers: headers ?? (await adminHeaders()),
        validateStatus: () => true,
      })

    async function paidOrder() {
      const cart = await paymeCart()
      const tx = await createAndPerform(cart)
      const [{ order_id }] = await orderOfCart(cart.cartId)
      return { cart, tx, orderId: order_id as string }
    }

    it("lists the order's performed transaction with its amount in so'm", async () => {
      const { tx, orderId } = await paidOrder()
      // Another paid order: not part of this order's log.
      await paidOrder()

      const res = await list(`order_id=${orderId}`)
      expect(res.status).toBe(200)
      expect(res.data).toMatchObject({ count: 1, offset: 0, limit: 20 })
      expect(res.data.payme_transactions).toHaveLength(1)
      const [row] = res.data.payme_transactions
      expect(row).toMatchObject({
        payme_id: tx.id,
        state: 2,
        reason: null,
        amount: "675000",
        amount_tiyin: QOZON_TOTAL_TIYIN,
        currency_code: "uzs",
        order_id: orderId,
        cancel_time: null,
        refund_id: null,
      })
      expect(new Date(row.create_time).getTime()).toBe(tx.created.create_time)
      expect(new Date(row.perform_time).getTime()).toBe(
        tx.performed.perform_time
      )
      expect(row.payment_id).toMatch(/^pay_/)
    })

    it("includes an attempt cancelled on the order's cart and a refund, newest first", async () => {
      const cart = await paymeCart()
      const first = paymeId()
      await rpc("CreateTransaction", {
        id: first,
        time: Date.now(),
        amount: cart.amount,
        account: cart.account,
      })
      const cancelled = await rpc("CancelTransaction", { id: first, reason: 3 })
      expect(cancelled.result.state).toBe(-1)
      const paid = await createAndPerform(cart)
      const refund = await rpc("CancelTransaction", { id: paid.id, reason: 5 })
      expect(refund.result.state).toBe(-2)
      const [{ order_id }] = await orderOfCart(cart.cartId)

      const res = await list(`order_id=${order_id}`)
      expect(res.status).toBe(200)
      expect(res.data.count).toBe(2)
      expect(
        res.data.payme_transactions.map((r: any) => [
          r.payme_id,
          r.state,
          r.reason,
          r.amount,
        ])
      ).toEqual([
        [paid.id, -2, 5, "675000"],
        [first, -1, 3, "675000"],
      ])
      const [refunded, attempt] = res.data.payme_transactions
      expect(new Date(refunded.cancel_time).getTime()).toBe(
        refund.result.cancel_time
      )
      expect(refunded.refund_id).not.toBeNull()
      expect(attempt.perform_time).toBeNull()
      expect(attempt.order_id).toBeNull()

      const page = await list(`order_id=${order_id}&limit=1&offset=1`)
      expect(page.data).toMatchObject({ count: 2, offset: 1, limit: 1 })
      expect(page.data.payme_transactions.map((r: any) => r.payme_id)).toEqual([
        first,
      ])
    })

    it("refuses bad queries, unknown orders and callers who are not admins", async () => {
      const headers = await adminHeaders()
      for (const query of [
        "",
        "order_id=",
        `order_id=${"o".repeat(101)}`,
        "order_id=order_1&limit=101",
        "order_id=order_1&limit=0",
        "order_id=order_1&offset=-1",
        "order_id=order_1&state=2",
      ]) {
        const res = await list(query, headers)
        expect([query, res.status, res.data.type]).toEqual([
          query,
          400,
          "invalid_data",
        ])
      }
      const missing = await list("order_id=order_does_not_exist", headers)
      expect(missing.status).toBe(404)
      expect(missing.data.type).toBe("not_found")

      const anonymous = await api.get(
        "/admin/payme/transactions?order_id=order_1",
        { validateStatus: () => true }
      )
      expect(anonymous.status).toBe(401)
    })
  },
})

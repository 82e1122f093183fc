import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  completeRequest,
  prepareRequest,
  useClickEnv,
  useClickKit,
} from "../helpers/click"

jest.setTimeout(180 * 1000)

// Issue #16: GET /admin/click/transactions?order_id=, the order page widget's data.
useClickEnv()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { click, clickCart, orderOfCart, paidCart, adminHeaders } =
      useClickKit(api, getContainer)

    const list = async (query: string, headers?: Record<string, string>) =>
      api.get(`/admin/click/transactions?${query}`, {
        headers: headers ?? (await adminHeaders()),
        validateStatus: () => true,
      })

    it("lists a cancelled attempt and the confirmed one of the order's cart, newest first", async () => {
      const { cartId, merchantTransId } = await clickCart()
      const failed = prepareRequest(merchantTransId)
      const failedPrep = await click("prepare", failed)
      expect(failedPrep.error).toBe(0)
      const cancelled = await click(
        "complete",
        completeRequest(failed, failedPrep.merchant_prepare_id, {
          error: "-5017",
          error_note: "Insufficient funds",
        })
      )
      expect(cancelled.error).toBe(-9)
      const paid = prepareRequest(merchantTransId)
      const paidPrep = await click("prepare", paid)
      const confirmed = await click(
        "complete",
        completeRequest(paid, paidPrep.merchant_prepare_id)
      )
      expect(confirmed.error).toBe(0)
      const orderId = await orderOfCart(cartId)
      // Another paid order: not part of this order's log.
      await paidCart()

      const res = await list(`order_id=${orderId}`)
      expect(res.status).toBe(200)
      expect(res.data).toMatchObject({ count: 2, offset: 0, limit: 20 })
      expect(res.data.click_transactions).toEqual([
        expect.objectContaining({
          click_trans_id: paid.click_trans_id,
          click_paydoc_id: paid.click_paydoc_id,
          prepare_id: paidPrep.merchant_prepare_id,
          status: "confirmed",
          amount: "675000",
          currency_code: "uzs",
          click_error: null,
          click_error_note: null,
          cancelled_at: null,
          order_id: orderId,
        }),
        expect.objectContaining({
          click_trans_id: failed.click_trans_id,
          status: "cancelled",
          amount: "675000",
          click_error: -5017,
          click_error_note: "Insufficient funds",
          confirmed_at: null,
          order_id: null,
        }),
      ])
      const [ok, ko] = res.data.click_transactions
      expect(new Date(ok.confirmed_at).getTime()).toBeGreaterThanOrEqual(
        new Date(ok.created_at).getTime()
      )
      expect(new Date(ko.cancelled_at).getTime()).toBeGreaterThanOrEqual(
        new Date(ko.created_at).getTime()
      )

      const page = await list(`order_id=${orderId}&limit=1&offset=1`)
      expect(page.data).toMatchObject({ count: 2, offset: 1, limit: 1 })
      expect(
        page.data.click_transactions.map((r: any) => r.click_trans_id)
      ).toEqual([failed.click_trans_id])
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
        "order_id=order_1&status=confirmed",
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
        "/admin/click/transactions?order_id=order_1",
        { validateStatus: () => true }
      )
      expect(anonymous.status).toBe(401)
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  CART_TOTAL,
  CLICK_TOTAL,
  MERCHANT_ID,
  RETURN_URL,
  SERVICE_ID,
  completeRequest,
  prepareRequest,
  prepareSign,
  useClickEnv,
  useClickKit,
} from "../helpers/click"

jest.setTimeout(180 * 1000)

// Click issue #4: the SHOP API callbacks (Prepare, Complete) as Click calls them.
useClickEnv()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { pg, clickRows, click, clickCart, preparedCart, orderOfCart } =
      useClickKit(api, getContainer)

    describe("provider", () => {
      it("is registered for the Uzbekistan region and returns the Click payment link", async () => {
        const { session } = await clickCart()
        expect(session.provider_id).toBe("pp_click_click")
        expect(session.amount).toBe(CART_TOTAL)
        expect(session.data.merchant_trans_id).toBe(session.id)
        expect(session.data.amount).toBe(CLICK_TOTAL)
        expect(session.data.checkout_url).toBe(
          "https://my.click.uz/services/pay" +
            `?service_id=${SERVICE_ID}&merchant_id=${MERCHANT_ID}` +
            `&amount=${CLICK_TOTAL}&transaction_param=${session.id}` +
            `&return_url=${encodeURIComponent(RETURN_URL)}`
        )
      })

      it("does not let the storefront complete an unpaid Click cart", async () => {
        const { cartId, headers } = await clickCart()
        const res = await api
          .post(`/store/carts/${cartId}/complete`, {}, { headers })
          .catch((e: any) => e.response)
        expect(res.data.type).not.toBe("order")
        expect(await orderOfCart(cartId)).toBeUndefined()
        const [payment] = await pg()("payment").whereIn(
          "payment_session_id",
          pg()("payment_session")
            .select("id")
            .where({ provider_id: "pp_click_click" })
        )
        expect(payment).toBeUndefined()
      })
    })

    describe("POST /hooks/click/prepare (spec §2.7)", () => {
      it("answers -8 when a parameter is missing", async () => {
        const { merchantTransId } = await clickCart()
        for (const missing of [
          "sign_time",
          "click_trans_id",
          "amount",
          "sign_string",
        ]) {
          const f = prepareRequest(merchantTransId)
          delete f[missing]
          const answer = await click("prepare", f)
          expect(answer).toMatchObject({
            error: -8,
            error_note: "Error in request from click",
          })
        }
        expect(await clickRows()).toHaveLength(0)
      })

      it("answers -1 for a bad sign, a wrong secret, a tampered amount or another service", async () => {
        const { merchantTransId } = await clickCart()
        const badSign = {
          ...prepareRequest(merchantTransId),
          sign_string: "0".repeat(32),
        }
        const wrongSecret = prepareRequest(merchantTransId)
        wrongSecret.sign_string = prepareSign(wrongSecret, "not-the-secret")
        const tampered = {
          ...prepareRequest(merchantTransId),
          amount: "1000.00",
        }
        const otherService = prepareRequest(merchantTransId, {
          service_id: "99999",
        })
        for (const f of [badSign, wrongSecret, tampered, otherService]) {
          const answer = await click("prepare", f)
          expect(answer).toMatchObject({
            error: -1,
            error_note: "SIGN CHECK FAILED!",
          })
        }
        expect(await clickRows()).toHaveLength(0)
      })

      it("answers -3 for an unknown action, -5 for an unknown order, -2 for a wrong amount", async () => {
        const { merchantTransId } = await clickCart()
        expect(
          (
            await click(
              "prepare",
              prepareRequest(merchantTransId, { action: "7" })
            )
          ).error
        ).toBe(-3)
        const unknown = await click(
          "prepare",
          prepareRequest("payses_does_not_exist")
        )
        expect(unknown).toMatchObject({
          error: -5,
          error_note: "User does not exist",
        })
        const wrongAmount = await click(
          "prepare",
          prepareRequest(merchantTransId, { amount: "674999.99" })
        )
        expect(wrongAmount).toMatchObject({
          error: -2,
          error_note: "Incorrect parameter amount",
        })
        expect(await clickRows()).toHaveLength(0)
      })

      it("prepares: echoes the ids with an integer merchant_prepare_id and stores the attempt", async () => {
        const { merchantTransId, cartId } = await clickCart()
        const f = prepareRequest(merchantTransId)
        const answer = await click("prepare", f)
        expect(answer).toEqual({
          click_trans_id: Number(f.click_trans_id),
          merchant_trans_id: merchantTransId,
          merchant_prepare_id: expect.any(Number),
          error: 0,
          error_note: "Success",
        })
        expect(Number.isInteger(answer.merchant_prepare_id)).toBe(true)
        const rows = await clickRows()
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({
          prepare_id: answer.merchant_prepare_id,
          click_trans_id: f.click_trans_id,
          click_paydoc_id: f.click_paydoc_id,
          merchant_trans_id: merchantTransId,
          payment_session_id: merchantTransId,
          cart_id: cartId,
          status: "prepared",
          currency_code: "uzs",
        })
        expect(Number(rows[0].amount)).toBe(CART_TOTAL)
      })

      it("answers a repeated Prepare with the same merchant_prepare_id and stores nothing new", async () => {
        const { merchantTransId } = await clickCart()
        const f = prepareRequest(merchantTransId)
        const first = await click("prepare", f)
        const again = await click("prepare", f)
        expect(again).toEqual(first)
        expect(await clickRows()).toHaveLength(1)
      })

      it("accepts the amount signed as sent ('N' as well as 'N.00') and an extra merchant_prepare_id=0", async () => {
        const { merchantTransId } = await clickCart()
        const plain = await click(
          "prepare",
          prepareRequest(merchantTransId, { amount: String(CART_TOTAL) })
        )
        expect(plain.error).toBe(0)
        const withZero = prepareRequest(merchantTransId, {
          merchant_prepare_id: "0",
        })
        // Signed without merchant_prepare_id, as Click does for a Prepare.
        expect(withZero.sign_string).toBe(prepareSign(withZero))
        const answer = await click("prepare", withZero)
        expect(answer.error).toBe(0)
        expect(answer.merchant_prepare_id).not.toBe(plain.merchant_prepare_id)
        expect(await clickRows()).toHaveLength(2)
      })

      it("handles parallel identical Prepares with one row and identical answers", async () => {
        const { merchantTransId } = await clickCart()
        const f = prepareRequest(merchantTransId)
        const answers = await Promise.all(
          Array.from({ length: 6 }, () => click("prepare", f))
        )
        expect(answers[0].error).toBe(0)
        for (const a of answers) {
          expect(a).toEqual(answers[0])
        }
        const rows = await clickRows()
        expect(rows).toHaveLength(1)
        expect(rows[0].prepare_id).toBe(answers[0].merchant_prepare_id)
      })
    })

    describe("POST /hooks/click/complete (spec §2.7)", () => {
      it("answers -8 without merchant_prepare_id, -1 for a bad sign or the Prepare formula, -6 for an unknown prepare id", async () => {
        const { prep, prepareId } = await preparedCart()
        const noPrepareId = completeRequest(prep, prepareId)
        delete noPrepareId.merchant_prepare_id
        expect((await click("complete", noPrepareId)).error).toBe(-8)

        const badSign = {
          ...completeRequest(prep, prepareId),
          sign_string: "f".repeat(32),
        }
        expect((await click("complete", badSign)).error).toBe(-1)

        const prepareFormula = completeRequest(prep, prepareId)
        prepareFormula.sign_string = prepareSign(prepareFormula)
        expect((await click("complete", prepareFormula)).error).toBe(-1)

        const unknown = await click(
          "complete",
          completeRequest(prep, prepareId + 1000)
        )
        expect(unknown).toMatchObject({
          error: -6,
          error_note: "Transaction does not exist",
          merchant_confirm_id: null,
        })
        const [row] = await clickRows()
        expect(row.status).toBe("prepared")
      })

      it("answers -2 for a wrong amount and changes nothing", async () => {
        const { prep, prepareId, cartId } = await preparedCart()
        const answer = await click(
          "complete",
          completeRequest(prep, prepareId, { amount: "675001.00" })
        )
        expect(answer.error).toBe(-2)
        expect((await clickRows())[0].status).toBe("prepared")
        expect(await orderOfCart(cartId)).toBeUndefined()
      })

      it("completes: captures the payment and creates the order; repeats answer -4", async () => {
        const { prep, prepareId, cartId, merchantTransId } =
          await preparedCart()
        const answer = await click("complete", completeRequest(prep, prepareId))
        expect(answer).toEqual({
          click_trans_id: Number(prep.click_trans_id),
          merchant_trans_id: merchantTransId,
          merchant_confirm_id: prepareId,
          error: 0,
          error_note: "Success",
        })

        const orderId = await orderOfCart(cartId)
        expect(orderId).toBeDefined()
        const [row] = await clickRows()
        expect(row).toMatchObject({ status: "confirmed", order_id: orderId })
        expect(row.confirmed_at).toBeTruthy()

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [order],
        }: { data: any[] } = await query.graph({
          entity: "order",
          fields: [
            "id",
            "total",
            "payment_collections.status",
            "payment_collections.payments.captured_at",
            "payment_collections.payments.data",
          ],
          filters: { id: orderId },
        })
        expect(Number(order.total)).toBe(CART_TOTAL)
        expect(order.payment_collections[0].status).toBe("completed")
        const payment = order.payment_collections[0].payments[0]
        expect(payment.captured_at).toBeTruthy()
        expect(payment.data).toMatchObject({
          click_trans_id: prep.click_trans_id,
          click_paydoc_id: prep.click_paydoc_id,
          merchant_prepare_id: prepareId,
        })

        // Repeated Complete, a Click cancel of the paid attempt, a new
        // Prepare for the paid order: -4 each, nothing changes.
        const repeat = await click("complete", completeRequest(prep, prepareId))
        expect(repeat).toMatchObject({ error: -4, error_note: "Already paid" })
        const cancel = await click(
          "complete",
          completeRequest(prep, prepareId, {
            error: "-5017",
            error_note: "Cancelled",
          })
        )
        expect(cancel.error).toBe(-4)
        const newPrepare = await click(
          "prepare",
          prepareRequest(merchantTransId)
        )
        expect(newPrepare.error).toBe(-4)

        const rows = await clickRows()
        expect(rows).toHaveLength(1)
        expect(rows[0].status).toBe("confirmed")
        const [{ count }] = await pg()("order_cart")
          .where({ cart_id: cartId })
          .count("* as count")
        expect(Number(count)).toBe(1)
      })

      it("cancels on a Click error: -9 twice, and a later confirm is -9 too", async () => {
        const { prep, prepareId, cartId } = await preparedCart()
        const cancel = completeRequest(prep, prepareId, {
          error: "-5017",
          error_note: "Insufficient funds",
        })
        const first = await click("complete", cancel)
        expect(first).toMatchObject({
          error: -9,
          error_note: "Transaction cancelled",
        })
        const second = await click("complete", cancel)
        expect(second).toEqual(first)

        const confirm = await click(
          "complete",
          completeRequest(prep, prepareId)
        )
        expect(confirm.error).toBe(-9)

        const [row] = await clickRows()
        expect(row).toMatchObject({
          status: "cancelled",
          click_error: -5017,
          click_error_note: "Insufficient funds",
          order_id: null,
        })
        expect(row.cancelled_at).toBeTruthy()
        expect(await orderOfCart(cartId)).toBeUndefined()
      })

      it("lets a new Click attempt pay the cart after a cancelled one", async () => {
        const { prep, prepareId, cartId, merchantTransId } =
          await preparedCart()
        await click(
          "complete",
          completeRequest(prep, prepareId, {
            error: "-1",
            error_note: "Failed",
          })
        )
        const retry = prepareRequest(merchantTransId)
        const prepared = await click("prepare", retry)
        expect(prepared.error).toBe(0)
        const done = await click(
          "complete",
          completeRequest(retry, prepared.merchant_prepare_id)
        )
        expect(done.error).toBe(0)
        expect(await orderOfCart(cartId)).toBeDefined()
        expect((await clickRows()).map((r: any) => r.status)).toEqual([
          "cancelled",
          "confirmed",
        ])
      })

      it("handles parallel identical Completes with one order: one 0, the others -4", async () => {
        const { prep, prepareId, cartId } = await preparedCart()
        const f = completeRequest(prep, prepareId)
        const answers = await Promise.all(
          Array.from({ length: 5 }, () => click("complete", f))
        )
        const codes = answers.map((a) => a.error).sort()
        expect(codes).toEqual([-4, -4, -4, -4, 0])
        const duplicates = answers.filter((a) => a.error === -4)
        for (const d of duplicates) {
          expect(d).toEqual(duplicates[0])
        }
        expect(answers.find((a) => a.error === 0).merchant_confirm_id).toBe(
          prepareId
        )

        const [{ count }] = await pg()("order_cart")
          .where({ cart_id: cartId })
          .count("* as count")
        expect(Number(count)).toBe(1)
        const rows = await clickRows()
        expect(rows).toHaveLength(1)
        expect(rows[0].status).toBe("confirmed")
        const payments = await pg()("payment").where({
          payment_session_id: prep.merchant_trans_id,
        })
        expect(payments).toHaveLength(1)
      })
    })
  },
})

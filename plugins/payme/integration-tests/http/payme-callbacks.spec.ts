import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import {
  ENV,
  paymeHelpers,
  paymeId,
  PROVIDER,
  QOZON_TOTAL_TIYIN,
  seedPayme,
  usePaymeEnv,
} from "../helpers/payme"

jest.setTimeout(180 * 1000)

usePaymeEnv()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult

    beforeAll(async () => {
      seed = await seedPayme(getContainer())
    })

    const {
      rpc,
      variantId,
      paymeCart,
      txRows,
      orderOfCart,
      paymentOfSession,
      createAndPerform,
    } = paymeHelpers(api, getContainer, () => seed)

    describe("provider", () => {
      it("puts the Payme checkout link for the cart in the session data", async () => {
        const cart = await paymeCart(2)
        const url: string = cart.session.data.checkout_url
        expect(url.startsWith("https://test.paycom.uz/")).toBe(true)
        const decoded = Buffer.from(
          url.slice("https://test.paycom.uz/".length),
          "base64"
        ).toString()
        expect(decoded).toBe(
          `m=${ENV.PAYME_MERCHANT_ID};ac.order_id=${cart.session.id};a=${(2 * 650000 + 25000) * 100};l=ru;c=${ENV.PAYME_RETURN_URL};ct=15000`
        )
        expect(cart.session.status).toBe("pending")
        expect(cart.session.data.payme_perform).toBeNull()
      })

      it("ignores a paid mark sent by the storefront and refuses to complete an unpaid cart", async () => {
        const prepared = await prepareCart(api, {
          publishableKey: seed.publishableKey,
          regionId: seed.regionUzId,
          variantId: await variantId(),
          providerId: PROVIDER,
        })
        // The storefront re-creates the session with forged data.
        const { data } = await api.post(
          `/store/payment-collections/${prepared.paymentCollectionId}/payment-sessions`,
          {
            provider_id: PROVIDER,
            data: {
              payme_perform: {
                transaction: "x",
                payme_id: "x",
                perform_time: 1,
              },
            },
          },
          { headers: prepared.headers }
        )
        const session = data.payment_collection.payment_sessions[0]
        expect(session.data.payme_perform).toBeNull()
        const res = await api
          .post(
            `/store/carts/${prepared.cartId}/complete`,
            {},
            { headers: prepared.headers }
          )
          .catch((e: any) => e.response)
        expect(res.data.type).not.toBe("order")
        expect(await orderOfCart(prepared.cartId)).toHaveLength(0)
      })
    })

    describe("sandbox scenario 1: create and cancel an unconfirmed transaction", () => {
      it("passes every step of §1.10 scenario 1", async () => {
        const cart = await paymeCart()
        const S = cart.amount
        expect(S).toBe(QOZON_TOTAL_TIYIN)

        // 2. Invalid amount.
        for (const method of ["CheckPerformTransaction", "CreateTransaction"]) {
          const body = await rpc(method, {
            id: paymeId(),
            time: Date.now(),
            amount: S + 100,
            account: cart.account,
          })
          expect(body.error.code).toBe(-31001)
          expect(Object.keys(body.error.message).sort()).toEqual([
            "en",
            "ru",
            "uz",
          ])
        }
        // 3. Non-existent account (and no account at all).
        for (const account of [
          { order_id: "payses_does_not_exist" },
          {},
          { other: cart.session.id },
        ]) {
          for (const method of [
            "CheckPerformTransaction",
            "CreateTransaction",
          ]) {
            const body = await rpc(method, {
              id: paymeId(),
              time: Date.now(),
              amount: S,
              account,
            })
            expect(body.error).toEqual({
              code: -31050,
              message: {
                ru: "Неверный код заказа.",
                uz: "Harid kodida xatolik.",
                en: "Incorrect order code.",
              },
              data: "order_id",
            })
          }
        }
        expect(await txRows()).toHaveLength(0)

        // 4. CheckPerformTransaction with fiscal detail from the cart.
        const check = await rpc("CheckPerformTransaction", {
          amount: S,
          account: cart.account,
        })
        expect(check.result.allow).toBe(true)
        expect(check.result.detail).toEqual({
          receipt_type: 0,
          items: [
            {
              title: "Cho'yan qozon, 12 l (Standart)",
              price: 650000 * 100,
              count: 1,
              code: "06911001001000000",
              package_code: "1501409",
              vat_percent: 12,
              discount: 0,
            },
          ],
          shipping: { title: "Toshkent bo'ylab kuryer", price: 25000 * 100 },
        })

        // 5. CreateTransaction, twice, then CheckTransaction.
        const X = paymeId()
        const T = Date.now()
        const first = await rpc("CreateTransaction", {
          id: X,
          time: T,
          amount: S,
          account: cart.account,
        })
        expect(first.result).toEqual({
          create_time: expect.any(Number),
          transaction: expect.stringMatching(/^pmtx_/),
          state: 1,
          receivers: null,
        })
        const again = await rpc("CreateTransaction", {
          id: X,
          time: T,
          amount: S,
          account: cart.account,
        })
        expect(again.result).toEqual(first.result)
        const checked = await rpc("CheckTransaction", { id: X })
        expect(checked.result).toEqual({
          create_time: first.result.create_time,
          perform_time: 0,
          cancel_time: 0,
          transaction: first.result.transaction,
          state: 1,
          reason: null,
        })
        const [row] = await txRows({ payme_id: X })
        expect(row).toMatchObject({
          id: first.result.transaction,
          state: 1,
          cart_id: cart.cartId,
          payment_session_id: cart.session.id,
          reason: null,
        })
        expect(Number(row.amount)).toBe(S)
        expect(new Date(row.payme_time).getTime()).toBe(T)

        // 6. A new id for the same one-time account while X is pending: -31008.
        const Y = await rpc("CreateTransaction", {
          id: paymeId(),
          time: Date.now(),
          amount: S,
          account: cart.account,
        })
        expect(Y.error.code).toBe(-31008)
        const checkAgain = await rpc("CheckPerformTransaction", {
          amount: S,
          account: cart.account,
        })
        expect(checkAgain.error.code).toBe(-31008)

        // 7. CancelTransaction twice with identical answers, then CheckTransaction.
        const cancel1 = await rpc("CancelTransaction", { id: X, reason: 3 })
        expect(cancel1.result).toEqual({
          transaction: first.result.transaction,
          cancel_time: expect.any(Number),
          state: -1,
        })
        expect(cancel1.result.cancel_time).toBeGreaterThanOrEqual(
          first.result.create_time
        )
        const cancel2 = await rpc("CancelTransaction", { id: X, reason: 3 })
        expect(cancel2.result).toEqual(cancel1.result)
        const afterCancel = await rpc("CheckTransaction", { id: X })
        expect(afterCancel.result).toMatchObject({
          state: -1,
          reason: 3,
          perform_time: 0,
          cancel_time: cancel1.result.cancel_time,
        })
        // A cancelled transaction cannot be performed or re-created.
        expect((await rpc("PerformTransaction", { id: X })).error.code).toBe(
          -31008
        )
        expect(
          (
            await rpc("CreateTransaction", {
              id: X,
              time: T,
              amount: S,
              account: cart.account,
            })
          ).error.code
        ).toBe(-31008)

        const rows = await txRows()
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ state: -1, reason: 3, order_id: null })
        expect(await orderOfCart(cart.cartId)).toHaveLength(0)
        // The cart can be paid again after the cancel.
        const retry = await rpc("CheckPerformTransaction", {
          amount: S,
          account: cart.account,
        })
        expect(retry.result.allow).toBe(true)
      })
    })

    describe("sandbox scenario 2: create, perform, cancel a performed transaction", () => {
      it("passes every step of §1.10 scenario 2 and creates the order", async () => {
        const cart = await paymeCart()
        const S = cart.amount
        expect(
          (
            await rpc("CheckPerformTransaction", {
              amount: S,
              account: cart.account,
            })
          ).result.allow
        ).toBe(true)
        const X = paymeId()
        const T = Date.now()
        const created = await rpc("CreateTransaction", {
          id: X,
          time: T,
          amount: S,
          account: cart.account,
        })
        expect(
          (
            await rpc("CreateTransaction", {
              id: X,
              time: T,
              amount: S,
              account: cart.account,
            })
          ).result
        ).toEqual(created.result)
        expect((await rpc("CheckTransaction", { id: X })).result.state).toBe(1)
        expect(
          (
            await rpc("CreateTransaction", {
              id: paymeId(),
              time: Date.now(),
              amount: S,
              account: cart.account,
            })
          ).error.code
        ).toBe(-31008)

        // 9. PerformTransaction twice: identical perform_time.
        const perform1 = await rpc("PerformTransaction", { id: X })
        expect(perform1.result).toEqual({
          transaction: created.result.transaction,
          perform_time: expect.any(Number),
          state: 2,
        })
        const perform2 = await rpc("PerformTransaction", { id: X })
        expect(perform2.result).toEqual(perform1.result)
        const checked = await rpc("CheckTransaction", { id: X })
        expect(checked.result).toEqual({
          create_time: created.result.create_time,
          perform_time: perform1.result.perform_time,
          cancel_time: 0,
          transaction: created.result.transaction,
          state: 2,
          reason: null,
        })

        // The order exists without the buyer coming back, the payment is captured.
        const orders = await orderOfCart(cart.cartId)
        expect(orders).toHaveLength(1)
        const [payment] = await paymentOfSession(cart.session.id)
        expect(payment.captured_at).toBeTruthy()
        expect(Number(payment.amount)).toBe(675000)
        expect(payment.captures.map((c: any) => Number(c.amount))).toEqual([
          675000,
        ])
        const [row] = await txRows({ payme_id: X })
        expect(row).toMatchObject({
          state: 2,
          order_id: orders[0].order_id,
          payment_id: payment.id,
        })
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [order],
        } = await query.graph({
          entity: "order",
          fields: ["id", "total", "payment_collections.status"],
          filters: { id: orders[0].order_id },
        })
        expect(Number(order.total)).toBe(675000)
        expect(order.payment_collections?.[0]?.status).toBe("completed")
        // A paid cart is no longer payable.
        expect(
          (
            await rpc("CheckPerformTransaction", {
              amount: S,
              account: cart.account,
            })
          ).error.code
        ).toBe(-31008)

        // 10. CancelTransaction reason 5 on the performed transaction: refund, twice identical.
        const cancel1 = await rpc("CancelTransaction", { id: X, reason: 5 })
        expect(cancel1.result).toEqual({
          transaction: created.result.transaction,
          cancel_time: expect.any(Number),
          state: -2,
        })
        const cancel2 = await rpc("CancelTransaction", { id: X, reason: 5 })
        expect(cancel2.result).toEqual(cancel1.result)
        expect((await rpc("CheckTransaction", { id: X })).result).toEqual({
          create_time: created.result.create_time,
          perform_time: perform1.result.perform_time,
          cancel_time: cancel1.result.cancel_time,
          transaction: created.result.transaction,
          state: -2,
          reason: 5,
        })
        const [refunded]: any[] = await paymentOfSession(cart.session.id)
        expect(refunded.refunds).toHaveLength(1)
        expect(Number(refunded.refunds[0].amount)).toBe(675000)
        expect(refunded.data.payme_cancel).toEqual({
          transaction: created.result.transaction,
          payme_id: X,
          reason: 5,
        })
        // The refunded order is cancelled: it must not be shipped.
        const {
          data: [cancelledOrder],
        } = await query.graph({
          entity: "order",
          fields: ["id", "status"],
          filters: { id: orders[0].order_id },
        })
        expect(cancelledOrder.status).toBe("canceled")
        const [after] = await txRows({ payme_id: X })
        expect(after).toMatchObject({
          state: -2,
          reason: 5,
          refund_id: refunded.refunds[0].id,
        })
        // Nothing performs a refunded transaction again.
        expect((await rpc("PerformTransaction", { id: X })).error.code).toBe(
          -31008
        )
      })

      it("answers -31007 to CancelTransaction once the order is fulfilled", async () => {
        const cart = await paymeCart()
        const { id, performed } = await createAndPerform(cart)
        const [{ order_id }] = await orderOfCart(cart.cartId)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [order],
        } = await query.graph({
          entity: "order",
          fields: ["items.id"],
          filters: { id: order_id },
        })
        await createOrderFulfillmentWorkflow(getContainer()).run({
          input: {
            order_id,
            location_id: seed.stockLocationId,
            // paymeCart() buys one cauldron.
            items: (order.items ?? []).map((i: any) => ({
              id: i.id,
              quantity: 1,
            })),
          },
        })
        const body = await rpc("CancelTransaction", { id, reason: 5 })
        expect(body.error.code).toBe(-31007)
        expect(Object.keys(body.error.message).sort()).toEqual([
          "en",
          "ru",
          "uz",
        ])
        const [row] = await txRows({ payme_id: id })
        expect(row).toMatchObject({ state: 2, reason: null, cancel_time: null })
        const [payment] = await paymentOfSession(cart.session.id)
        expect(payment.refunds).toHaveLength(0)
        expect((await rpc("CheckTransaction", { id })).result).toMatchObject({
          state: 2,
          perform_time: performed.perform_time,
        })
      })

      it("answers -31008 and reverts the session mark when the cart cannot become an order", async () => {
        const cart = await paymeCart()
        const id = paymeId()
        await rpc("CreateTransaction", {
          id,
          time: Date.now(),
          amount: cart.amount,
          account: cart.account,
        })
        // The stock is gone by the time Payme performs: completeCartWorkflow fails.
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [variant],
        } = await query.graph({
          entity: "product_variant",
          fields: ["inventory_items.inventory_item_id"],
          filters: { sku: "QOZON-STANDART" },
        })
        await container.resolve(Modules.INVENTORY).updateInventoryLevels([
          {
            inventory_item_id: variant.inventory_items![0]!.inventory_item_id,
            location_id: seed.stockLocationId,
            stocked_quantity: 0,
          },
        ])
        const body = await rpc("PerformTransaction", { id })
        expect(body.error.code).toBe(-31008)
        expect(await orderOfCart(cart.cartId)).toHaveLength(0)
        expect(await paymentOfSession(cart.session.id)).toHaveLength(0)
        const [row] = await txRows({ payme_id: id })
        expect(row).toMatchObject({
          state: 1,
          perform_time: null,
          order_id: null,
        })
        const paymentModule = container.resolve(Modules.PAYMENT)
        const session = await paymentModule.retrievePaymentSession(
          cart.session.id
        )
        expect(session.data?.payme_perform).toBeNull()
        expect(session.status).toBe("pending")
        // Payme then cancels it: state -1, nothing to refund.
        expect(
          (await rpc("CancelTransaction", { id, reason: 3 })).result.state
        ).toBe(-1)
      })

      it("refuses a refund started in Medusa (Payme refunds go through the cabinet)", async () => {
        const cart = await paymeCart()
        await createAndPerform(cart)
        const [payment] = await paymentOfSession(cart.session.id)
        const paymentModule = getContainer().resolve(Modules.PAYMENT)
        await expect(
          paymentModule.refundPayment({ payment_id: payment.id })
        ).rejects.toThrow(/merchant cabinet/)
        expect(
          (await paymentOfSession(cart.session.id))[0].refunds
        ).toHaveLength(0)
      })
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import {
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"
import paymeCancelStaleTransactions from "@bozor/medusa-payme/jobs/payme-cancel-stale-transactions"

jest.setTimeout(180 * 1000)

// The provider is registered from these when medusa-config.ts is evaluated,
// which happens when the runner boots: set them first, restore them after.
const ENV = {
  PAYME_MERCHANT_ID: "5e730e8e0b852a417aa49ceb",
  PAYME_SECRET_KEY: "test-key-Zp8&qU2#",
  PAYME_TEST_MODE: "true",
  PAYME_RETURN_URL: "https://shop.bozor.uz/checkout/payme",
  PAYME_LANGUAGE: "ru",
  PAYME_CALLBACK_TIMEOUT_MS: "15000",
}
const previousEnv: Record<string, string | undefined> = {}
for (const [key, value] of Object.entries(ENV)) {
  previousEnv[key] = process.env[key]
  process.env[key] = value
}
afterAll(() => {
  for (const [key, value] of Object.entries(previousEnv)) {
    if (value === undefined) {
      delete process.env[key]
    } else {
      process.env[key] = value
    }
  }
})

const PROVIDER = "pp_payme_payme"
const TWELVE_HOURS = 43_200_000
const basic = (login: string, key: string) =>
  `Basic ${Buffer.from(`${login}:${key}`).toString("base64")}`
const AUTH = basic("Paycom", ENV.PAYME_SECRET_KEY)
// 650 000 so'm cauldron + 25 000 so'm Tashkent courier, in tiyin.
const QOZON_TOTAL_TIYIN = (650000 + 25000) * 100

let paymeIdSeq = 0
/** A 24-char Payme-style id, unique per call. */
const paymeId = () =>
  (Date.now().toString(16) + (++paymeIdSeq).toString(16).padStart(6, "0"))
    .padStart(24, "a")
    .slice(-24)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let rpcSeq = 0

    beforeAll(async () => {
      seed = await seedDemoStore(getContainer(), {
        uzPaymentProviders: [PROVIDER],
      })
    })

    /** One Payme call, as Payme makes it. Returns the JSON-RPC body (HTTP 200 asserted). */
    async function rpc(
      method: string,
      params: Record<string, unknown>,
      options: { auth?: string | null; id?: number | string } = {}
    ) {
      const id = options.id ?? ++rpcSeq
      const headers: Record<string, string> = {}
      const auth = options.auth === undefined ? AUTH : options.auth
      if (auth !== null) {
        headers.authorization = auth
      }
      const res = await api.post(
        "/hooks/payme",
        { jsonrpc: "2.0", id, method, params },
        {
          headers,
          validateStatus: () => true,
        }
      )
      expect(res.status).toBe(200)
      expect(res.data.id).toEqual(id)
      return res.data
    }

    async function variantId(sku = "QOZON-STANDART") {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [variant],
      } = await query.graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { sku },
      })
      return variant.id as string
    }

    /** A cart with a Payme session: the account Payme pays and its amount. */
    async function paymeCart(quantity = 1) {
      const prepared = await prepareCart(api, {
        publishableKey: seed.publishableKey,
        regionId: seed.regionUzId,
        variantId: await variantId(),
        quantity,
        providerId: PROVIDER,
        shippingOption: "Toshkent bo'ylab kuryer",
      })
      const session = prepared.paymentCollection.payment_sessions[0]
      return {
        ...prepared,
        session,
        account: { order_id: session.id },
        amount: (650000 * quantity + 25000) * 100,
      }
    }

    const pg = () =>
      getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const txRows = (filter: Record<string, unknown> = {}) =>
      pg()("payme_transaction").where(filter).orderBy("created_at")

    async function orderOfCart(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order_cart",
        fields: ["order_id"],
        filters: { cart_id: cartId },
      })
      return data
    }

    async function paymentOfSession(sessionId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "payment",
        fields: [
          "id",
          "amount",
          "captured_at",
          "captures.amount",
          "refunds.amount",
          "data",
        ],
        filters: { payment_session_id: sessionId },
      })
      return data
    }

    async function createAndPerform(
      cart: Awaited<ReturnType<typeof paymeCart>>
    ) {
      const id = paymeId()
      const created = await rpc("CreateTransaction", {
        id,
        time: Date.now(),
        amount: cart.amount,
        account: cart.account,
      })
      expect(created.result.state).toBe(1)
      const performed = await rpc("PerformTransaction", { id })
      expect(performed.result.state).toBe(2)
      return { id, created: created.result, performed: performed.result }
    }

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

    describe("authorization", () => {
      it("answers -32504 to wrong or missing credentials and changes nothing", async () => {
        const cart = await paymeCart()
        const params = {
          id: paymeId(),
          time: Date.now(),
          amount: cart.amount,
          account: cart.account,
        }
        const wrong = [
          basic("Paycom", "wrong-key"),
          basic("Paycom2", ENV.PAYME_SECRET_KEY),
          basic("paycom", ENV.PAYME_SECRET_KEY),
          `Bearer ${ENV.PAYME_SECRET_KEY}`,
          "Basic !!!",
          null,
        ]
        for (const auth of wrong) {
          for (const method of [
            "CreateTransaction",
            "CheckPerformTransaction",
            "GetStatement",
            "ChangePassword",
          ]) {
            const body = await rpc(
              method,
              { ...params, from: 0, to: Date.now(), password: "x" },
              { auth }
            )
            expect(body.result).toBeUndefined()
            expect(body.error.code).toBe(-32504)
            expect(body.error.message).toEqual({
              ru: expect.any(String),
              uz: expect.any(String),
              en: "Insufficient privilege to perform this method.",
            })
          }
        }
        expect(await txRows()).toHaveLength(0)
        expect(await pg()("payme_credential")).toHaveLength(0)
        // The right key still works afterwards.
        const ok = await rpc("CheckPerformTransaction", {
          amount: cart.amount,
          account: cart.account,
        })
        expect(ok.result.allow).toBe(true)
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

    describe("repeats and parallel duplicates", () => {
      it("creates one transaction for parallel identical CreateTransaction calls", async () => {
        const cart = await paymeCart()
        const params = {
          id: paymeId(),
          time: Date.now(),
          amount: cart.amount,
          account: cart.account,
        }
        const answers = await Promise.all(
          Array.from({ length: 6 }, () =>
            rpc("CreateTransaction", params, { id: 7 })
          )
        )
        for (const answer of answers) {
          expect(answer.error).toBeUndefined()
          expect(answer.result).toEqual(answers[0].result)
        }
        expect(await txRows()).toHaveLength(1)
      })

      it("lets only one of parallel CreateTransaction calls with different ids win the cart", async () => {
        const cart = await paymeCart()
        const answers = await Promise.all(
          Array.from({ length: 5 }, () =>
            rpc("CreateTransaction", {
              id: paymeId(),
              time: Date.now(),
              amount: cart.amount,
              account: cart.account,
            })
          )
        )
        expect(answers.filter((a) => a.result?.state === 1)).toHaveLength(1)
        expect(answers.filter((a) => a.error?.code === -31008)).toHaveLength(4)
        expect(await txRows()).toHaveLength(1)
      })

      it("performs once for parallel identical PerformTransaction calls: one order, one capture", async () => {
        const cart = await paymeCart()
        const id = paymeId()
        await rpc("CreateTransaction", {
          id,
          time: Date.now(),
          amount: cart.amount,
          account: cart.account,
        })
        const answers = await Promise.all(
          Array.from({ length: 4 }, () =>
            rpc("PerformTransaction", { id }, { id: 9 })
          )
        )
        for (const answer of answers) {
          expect(answer.error).toBeUndefined()
          expect(answer.result).toEqual(answers[0].result)
        }
        expect(answers[0].result.state).toBe(2)
        expect(await orderOfCart(cart.cartId)).toHaveLength(1)
        const payments = await paymentOfSession(cart.session.id)
        expect(payments).toHaveLength(1)
        expect(payments[0].captures).toHaveLength(1)
        const [row] = await txRows()
        expect(new Date(row.perform_time).getTime()).toBe(
          answers[0].result.perform_time
        )
      })

      it("refunds once for parallel identical CancelTransaction calls", async () => {
        const cart = await paymeCart()
        const { id } = await createAndPerform(cart)
        const answers = await Promise.all(
          Array.from({ length: 4 }, () =>
            rpc("CancelTransaction", { id, reason: 5 }, { id: 11 })
          )
        )
        for (const answer of answers) {
          expect(answer.result).toEqual(answers[0].result)
        }
        expect(answers[0].result.state).toBe(-2)
        const [payment] = await paymentOfSession(cart.session.id)
        expect(payment.refunds).toHaveLength(1)
      })
    })

    describe("the 12-hour rule", () => {
      it("refuses CreateTransaction whose Payme time is 12 hours old and stores nothing", async () => {
        const cart = await paymeCart()
        const body = await rpc("CreateTransaction", {
          id: paymeId(),
          time: Date.now() - TWELVE_HOURS - 1000,
          amount: cart.amount,
          account: cart.account,
        })
        expect(body.error.code).toBe(-31008)
        expect(await txRows()).toHaveLength(0)
      })

      it("cancels with reason 4 a transaction that expires before Perform", async () => {
        const cart = await paymeCart()
        const id = paymeId()
        const created = await rpc("CreateTransaction", {
          id,
          time: Date.now() - TWELVE_HOURS + 1500,
          amount: cart.amount,
          account: cart.account,
        })
        expect(created.result.state).toBe(1)
        await new Promise((r) => setTimeout(r, 2000))
        const perform = await rpc("PerformTransaction", { id })
        expect(perform.error.code).toBe(-31008)
        const checked = await rpc("CheckTransaction", { id })
        expect(checked.result).toMatchObject({
          state: -1,
          reason: 4,
          perform_time: 0,
        })
        expect(checked.result.cancel_time).toBeGreaterThan(0)
        expect(await orderOfCart(cart.cartId)).toHaveLength(0)
        // A repeated CreateTransaction of the expired transaction: -31008.
        expect(
          (
            await rpc("CreateTransaction", {
              id,
              time: Date.now() - TWELVE_HOURS + 1500,
              amount: cart.amount,
              account: cart.account,
            })
          ).error.code
        ).toBe(-31008)
      })

      it("the scheduled job cancels stale created transactions only", async () => {
        const stale = await paymeCart()
        const fresh = await paymeCart()
        const staleId = paymeId()
        const freshId = paymeId()
        await rpc("CreateTransaction", {
          id: staleId,
          time: Date.now() - TWELVE_HOURS + 1000,
          amount: stale.amount,
          account: stale.account,
        })
        await rpc("CreateTransaction", {
          id: freshId,
          time: Date.now(),
          amount: fresh.amount,
          account: fresh.account,
        })
        await new Promise((r) => setTimeout(r, 1500))
        const summary = await paymeCancelStaleTransactions(
          getContainer() as MedusaContainer
        )
        expect(summary).toEqual({ cancelled: 1, failed: 0 })
        expect(
          (await rpc("CheckTransaction", { id: staleId })).result
        ).toMatchObject({ state: -1, reason: 4 })
        expect(
          (await rpc("CheckTransaction", { id: freshId })).result
        ).toMatchObject({ state: 1, reason: null })
        // Running it again changes nothing.
        expect(
          await paymeCancelStaleTransactions(getContainer() as MedusaContainer)
        ).toEqual({ cancelled: 0, failed: 0 })
      })
    })

    describe("GetStatement", () => {
      it("lists the transactions of a period by Payme time, as CheckTransaction shows them", async () => {
        const a = await paymeCart()
        const b = await paymeCart()
        const t0 = Date.now() - 60_000
        const idA = paymeId()
        const idB = paymeId()
        await rpc("CreateTransaction", {
          id: idA,
          time: t0,
          amount: a.amount,
          account: a.account,
        })
        await rpc("CreateTransaction", {
          id: idB,
          time: t0 + 10_000,
          amount: b.amount,
          account: b.account,
        })
        await rpc("PerformTransaction", { id: idB })

        const both = await rpc("GetStatement", { from: t0, to: t0 + 10_000 })
        expect(both.result.transactions.map((t: any) => t.id)).toEqual([
          idA,
          idB,
        ])
        for (const t of both.result.transactions) {
          const checked = await rpc("CheckTransaction", { id: t.id })
          expect(t).toEqual({
            id: t.id,
            time: t.id === idA ? t0 : t0 + 10_000,
            amount: a.amount,
            account: t.id === idA ? a.account : b.account,
            ...checked.result,
            receivers: null,
          })
        }
        const onlyB = await rpc("GetStatement", {
          from: t0 + 1,
          to: t0 + 20_000,
        })
        expect(onlyB.result.transactions.map((t: any) => t.id)).toEqual([idB])
        expect(
          (await rpc("GetStatement", { from: t0 - 5000, to: t0 - 1 })).result
        ).toEqual({ transactions: [] })
        expect((await rpc("GetStatement", { from: t0 })).error.code).toBe(
          -32600
        )
      })
    })

    describe("SetFiscalData and ChangePassword", () => {
      it("stores the fiscal receipt per type", async () => {
        const cart = await paymeCart()
        const { id } = await createAndPerform(cart)
        const fiscal = {
          receipt_id: 12345,
          status_code: 0,
          message: "accepted",
          terminal_id: "EP000000000025",
          fiscal_sign: "123456789012",
          qr_code_url:
            "https://ofd.soliq.uz/check?t=EP000000000025&r=12345&c=20240101120000&s=123456789012",
          date: "20240101120000",
        }
        expect(
          (
            await rpc("SetFiscalData", {
              id,
              type: "PERFORM",
              fiscal_data: fiscal,
            })
          ).result
        ).toEqual({ success: true })
        const [row] = await txRows({ payme_id: id })
        expect(row.fiscal_data).toEqual({ PERFORM: fiscal })
        expect(
          (
            await rpc("SetFiscalData", {
              id: paymeId(),
              type: "PERFORM",
              fiscal_data: fiscal,
            })
          ).error.code
        ).toBe(-31003)
        expect(
          (
            await rpc("SetFiscalData", {
              id,
              type: "OTHER",
              fiscal_data: fiscal,
            })
          ).error.code
        ).toBe(-32600)
      })

      it("switches to the new key on ChangePassword", async () => {
        const empty = await rpc("ChangePassword", { password: "" })
        expect(empty.error).toMatchObject({ code: -31050, data: "password" })
        expect(
          (await rpc("ChangePassword", { password: "new-key-42" })).result
        ).toEqual({ success: true })
        const old = await rpc("CheckTransaction", { id: paymeId() })
        expect(old.error.code).toBe(-32504)
        const renewed = await rpc(
          "CheckTransaction",
          { id: paymeId() },
          { auth: basic("Paycom", "new-key-42") }
        )
        expect(renewed.error.code).toBe(-31003)
        const [credential] = await pg()("payme_credential")
        expect(credential.key_hash).not.toContain("new-key-42")
      })
    })

    describe("protocol errors", () => {
      it("answers -31003 for unknown transactions", async () => {
        for (const method of [
          "CheckTransaction",
          "PerformTransaction",
          "CancelTransaction",
        ]) {
          const body = await rpc(method, { id: paymeId(), reason: 1 })
          expect(body.error.code).toBe(-31003)
          expect(body.error.message.en).toBe("Transaction not found.")
        }
      })

      it("answers -32601 with the method name, -32600 for bad params, echoing string ids", async () => {
        const unknown = await rpc("ChargeEverything", {}, { id: "abc-1" })
        expect(unknown.error).toMatchObject({
          code: -32601,
          data: "ChargeEverything",
        })
        expect((await rpc("CheckTransaction", {})).error.code).toBe(-32600)
        expect(
          (await rpc("CancelTransaction", { id: paymeId() })).error.code
        ).toBe(-32600)
        expect(
          (
            await rpc("CreateTransaction", {
              id: paymeId(),
              amount: 100,
              account: {},
            })
          ).error.code
        ).toBe(-32600)
      })

      it("answers -32700 to broken JSON and -32300 to other HTTP methods, always HTTP 200", async () => {
        const broken = await api.post("/hooks/payme", '{"id": 1, "method": ', {
          headers: { authorization: AUTH, "content-type": "application/json" },
          transformRequest: (d: unknown) => d,
          validateStatus: () => true,
        })
        expect(broken.status).toBe(200)
        expect(broken.data).toMatchObject({ id: null, error: { code: -32700 } })
        const get = await api.get("/hooks/payme", {
          validateStatus: () => true,
        })
        expect(get.status).toBe(200)
        expect(get.data.error.code).toBe(-32300)
        const noEnvelope = await api.post(
          "/hooks/payme",
          { params: {} },
          {
            headers: { authorization: AUTH },
            validateStatus: () => true,
          }
        )
        expect(noEnvelope.status).toBe(200)
        expect(noEnvelope.data.error.code).toBe(-32600)
      })
    })
  },
})

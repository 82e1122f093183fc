import { createHash } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import { ClickPaymentProviderService } from "@bozor/medusa-click/providers/click"
import { confirmClickPaymentWorkflow } from "@bozor/medusa-click/workflows"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"
import { createClickMerchantApiFake } from "../../../../integration-tests/fakes/click-merchant-api"

jest.setTimeout(180 * 1000)

// Click issue #4. Provider env must be set before the runner loads
// medusa-config.ts (in its own beforeAll); the fake Merchant API's URL is set
// by the beforeAll below, registered before the runner's.
const SERVICE_ID = "30001"
const MERCHANT_ID = "20001"
const MERCHANT_USER_ID = "40001"
const SECRET = "click-test-secret"
const RETURN_URL = "https://shop.example.uz/checkout/click-return"
const CLICK_ENV: Record<string, string> = {
  CLICK_SERVICE_ID: SERVICE_ID,
  CLICK_MERCHANT_ID: MERCHANT_ID,
  CLICK_MERCHANT_USER_ID: MERCHANT_USER_ID,
  CLICK_SECRET_KEY: SECRET,
  CLICK_RETURN_URL: RETURN_URL,
  CLICK_TEST_MODE: "true",
}
const savedEnv: Record<string, string | undefined> = {}
for (const key of [...Object.keys(CLICK_ENV), "CLICK_API_URL"]) {
  savedEnv[key] = process.env[key]
}
Object.assign(process.env, CLICK_ENV)

const fake = createClickMerchantApiFake({
  serviceId: SERVICE_ID,
  merchantUserId: MERCHANT_USER_ID,
  secretKey: SECRET,
})

beforeAll(async () => {
  process.env.CLICK_API_URL = await fake.listen()
})

afterAll(async () => {
  await fake.close()
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) {
      delete process.env[key]
    } else {
      process.env[key] = value
    }
  }
})

const ADMIN_PASSWORD = "click-admin-pass"
// 1 × Qozon (650 000 so'm) + Tashkent courier (25 000 so'm).
const CART_TOTAL = 675000
const CLICK_TOTAL = "675000.00"

type Fields = Record<string, string>

// Computed here from the spec (§2.4), independently of src/.
const md5 = (s: string) => createHash("md5").update(s).digest("hex")
const prepareSign = (f: Fields, secret = SECRET) =>
  md5(
    f.click_trans_id +
      f.service_id +
      secret +
      f.merchant_trans_id +
      f.amount +
      f.action +
      f.sign_time
  )
const completeSign = (f: Fields, secret = SECRET) =>
  md5(
    f.click_trans_id +
      f.service_id +
      secret +
      f.merchant_trans_id +
      f.merchant_prepare_id +
      f.amount +
      f.action +
      f.sign_time
  )

let nextId = 0
const newClickId = () => String(2090000000 + ++nextId * 101)

function prepareRequest(merchantTransId: string, overrides: Fields = {}) {
  const f: Fields = {
    click_trans_id: newClickId(),
    service_id: SERVICE_ID,
    click_paydoc_id: String(3090000000 + nextId),
    merchant_trans_id: merchantTransId,
    amount: CLICK_TOTAL,
    action: "0",
    error: "0",
    error_note: "Success",
    sign_time: "2026-11-23 12:00:00",
    ...overrides,
  }
  f.sign_string = prepareSign(f)
  return f
}

function completeRequest(
  prepared: Fields,
  merchantPrepareId: number | string,
  overrides: Fields = {}
) {
  const f: Fields = {
    ...prepared,
    merchant_prepare_id: String(merchantPrepareId),
    action: "1",
    sign_time: "2026-11-23 12:01:00",
    ...overrides,
  }
  delete f.sign_string
  f.sign_string = completeSign(f)
  return f
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let variantId: string

    beforeAll(async () => {
      seed = await seedDemoStore(getContainer(), {
        adminPassword: ADMIN_PASSWORD,
        uzPaymentProviders: ["pp_click_click"],
      })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [variant],
      } = await query.graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { sku: "QOZON-STANDART" },
      })
      variantId = variant.id
    })

    beforeEach(() => {
      fake.reset()
    })

    const pg = () =>
      getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    const clickRows = (where: Record<string, unknown> = {}) =>
      pg()("click_transaction").where(where).orderBy("prepare_id")

    /** Posts form-urlencoded as Click does; every answer is HTTP 200 with an integer error. */
    async function click(step: "prepare" | "complete", fields: Fields) {
      const res = await api.post(
        `/hooks/click/${step}`,
        new URLSearchParams(fields).toString(),
        {
          headers: { "content-type": "application/x-www-form-urlencoded" },
          validateStatus: () => true,
        }
      )
      expect(res.status).toBe(200)
      expect(Number.isInteger(res.data.error)).toBe(true)
      return res.data
    }

    /** A cart ready to pay with Click; merchant_trans_id is its session id. */
    async function clickCart() {
      const { cartId, paymentCollection, headers } = await prepareCart(api, {
        publishableKey: seed.publishableKey,
        regionId: seed.regionUzId,
        variantId,
        quantity: 1,
        shippingOption: "Toshkent bo'ylab kuryer",
        providerId: "pp_click_click",
      })
      const session = paymentCollection.payment_sessions[0]
      return { cartId, session, headers, merchantTransId: session.id as string }
    }

    async function preparedCart() {
      const cart = await clickCart()
      const prep = prepareRequest(cart.merchantTransId)
      const answer = await click("prepare", prep)
      expect(answer.error).toBe(0)
      return { ...cart, prep, prepareId: answer.merchant_prepare_id as number }
    }

    async function orderOfCart(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order_cart",
        fields: ["order_id"],
        filters: { cart_id: cartId },
      })
      return data[0]?.order_id as string | undefined
    }

    async function paidCart() {
      const cart = await preparedCart()
      const answer = await click(
        "complete",
        completeRequest(cart.prep, cart.prepareId)
      )
      expect(answer.error).toBe(0)
      const orderId = await orderOfCart(cart.cartId)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [order],
      }: { data: any[] } = await query.graph({
        entity: "order",
        fields: [
          "id",
          "total",
          "payment_collections.status",
          "payment_collections.payments.id",
          "payment_collections.payments.captured_at",
          "payment_collections.payments.data",
        ],
        filters: { id: orderId },
      })
      return {
        ...cart,
        order,
        payment: order.payment_collections[0].payments[0],
      }
    }

    async function adminHeaders() {
      const { data } = await api.post("/auth/user/emailpass", {
        email: seed.adminEmail,
        password: ADMIN_PASSWORD,
      })
      return { authorization: `Bearer ${data.token}` }
    }

    async function refundsOf(paymentId: string) {
      return pg()("refund").where({ payment_id: paymentId })
    }

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

    describe("confirm workflow compensation", () => {
      it("refuses a confirmation without a valid proof and reverts the claim and the session data; Click's retry then succeeds", async () => {
        const { prep, prepareId, cartId, merchantTransId } =
          await preparedCart()
        const [row] = await clickRows()
        // A proof not signed with the secret key: the provider's
        // authorizePayment (inside completeCartWorkflow) must refuse it.
        const workflow = confirmClickPaymentWorkflow(getContainer())
        const { errors, transaction } = await workflow.run({
          input: {
            id: row.id,
            cart_id: cartId,
            payment_session_id: merchantTransId,
            confirmation: {
              click_trans_id: prep.click_trans_id,
              click_paydoc_id: prep.click_paydoc_id,
              merchant_prepare_id: prepareId,
              amount: CLICK_TOTAL,
            },
            proof: "0".repeat(64),
          },
          throwOnError: false,
        })
        expect(errors.map((e) => e.error.message).join("\n")).toContain(
          `Session: ${merchantTransId} was not authorized with the provider.`
        )
        // The nested completeCartWorkflow reports itself "failed"; our own
        // steps around it must be compensated.
        const steps = Object.values(transaction.getFlow().steps) as any[]
        const compensated = (id: string) =>
          steps.find((s) => s.id.endsWith(`.${id}`))?.compensate?.state
        expect(compensated("click-claim-transaction-step")).toBe("reverted")
        expect(compensated("click-attach-confirmation-step")).toBe("reverted")
        const [after] = await clickRows()
        expect(after.status).toBe("prepared")
        const [session] = await pg()("payment_session").where({
          id: merchantTransId,
        })
        expect(session.data.click_confirmation).toBeNull()
        expect(session.status).toBe("pending")
        expect(await orderOfCart(cartId)).toBeUndefined()

        const retry = await click("complete", completeRequest(prep, prepareId))
        expect(retry.error).toBe(0)
        expect(await orderOfCart(cartId)).toBeDefined()
      })
    })

    describe("bench scenario", () => {
      it("bench/scenarios/click.js drives these endpoints with the answers it expects", async () => {
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        const scenario = require("../../../../bench/scenarios/click.js")
        const baseUrl = api.defaults.baseURL as string
        const measured: { name: string; status: number; body: any }[] = []
        await scenario.run({
          baseUrl,
          publishableKey: seed.publishableKey,
          regionUzId: seed.regionUzId,
          env: CLICK_ENV,
          prepareCart: async (o: { providerId: string; quantity?: number }) => {
            const r = await prepareCart(api, {
              publishableKey: seed.publishableKey,
              regionId: seed.regionUzId,
              variantId,
              quantity: o.quantity ?? 1,
              providerId: o.providerId,
            })
            return {
              cartId: r.cartId,
              paymentCollectionId: r.paymentCollectionId,
              paymentCollection: r.paymentCollection,
            }
          },
          // One real request per row instead of an autocannon run.
          measure: async (o: any) => {
            const res = await fetch(baseUrl + o.path, {
              method: o.method ?? "GET",
              headers: o.headers,
              body: o.body,
            })
            measured.push({
              name: o.name,
              status: res.status,
              body: await res.json(),
            })
          },
        })
        expect(measured.map((m) => [m.name, m.status])).toEqual([
          ["GET /store/carts/:id (core baseline)", 200],
          ["POST /hooks/click/prepare (signed, repeated)", 200],
          ["POST /hooks/click/complete (repeated, -4)", 200],
        ])
        expect(measured[1].body.error).toBe(0)
        expect(measured[2].body.error).toBe(-4)
        const rows = await clickRows()
        expect(rows).toHaveLength(1)
        expect(rows[0].status).toBe("confirmed")
      })
    })

    describe("refunds through the Click Merchant API", () => {
      it("reverses the whole payment with a signed Auth header", async () => {
        const { payment, prep } = await paidCart()
        fake.payments.set(prep.click_paydoc_id, {
          amount: CART_TOTAL,
          refunded: 0,
          status: 2,
        })

        const res = await api.post(
          `/admin/payments/${payment.id}/refund`,
          { amount: CART_TOTAL },
          { headers: await adminHeaders() }
        )
        expect(res.status).toBe(200)

        expect(fake.requests).toHaveLength(1)
        const [req] = fake.requests
        expect(req).toMatchObject({
          method: "DELETE",
          path: `/payment/reversal/${SERVICE_ID}/${prep.click_paydoc_id}`,
          body: "",
          authorized: true,
          headers: {
            accept: "application/json",
            contentType: "application/json",
          },
        })
        const [user, digest, ts] = req.headers.auth!.split(":")
        expect(user).toBe(MERCHANT_USER_ID)
        expect(ts).toMatch(/^\d{10}$/)
        expect(digest).toBe(
          createHash("sha1")
            .update(ts + SECRET)
            .digest("hex")
        )

        const refunds = await refundsOf(payment.id)
        expect(refunds).toHaveLength(1)
        expect(Number(refunds[0].amount)).toBe(CART_TOTAL)
        const [stored] = await pg()("payment").where({ id: payment.id })
        expect(stored.data.refunded_amount).toBe(CLICK_TOTAL)
      })

      it("reverses part of the payment with partial_reversal, twice", async () => {
        const { payment, prep } = await paidCart()
        fake.payments.set(prep.click_paydoc_id, {
          amount: CART_TOTAL,
          refunded: 0,
          status: 2,
        })
        const headers = await adminHeaders()

        await api.post(
          `/admin/payments/${payment.id}/refund`,
          { amount: 100000 },
          { headers }
        )
        await api.post(
          `/admin/payments/${payment.id}/refund`,
          { amount: 575000 },
          { headers }
        )

        expect(
          fake.requests.map((r) => [r.method, r.path, r.authorized])
        ).toEqual([
          [
            "DELETE",
            `/payment/partial_reversal/${SERVICE_ID}/${prep.click_paydoc_id}/100000.00`,
            true,
          ],
          [
            "DELETE",
            `/payment/partial_reversal/${SERVICE_ID}/${prep.click_paydoc_id}/575000.00`,
            true,
          ],
        ])
        const refunds = await refundsOf(payment.id)
        expect(refunds.map((r: any) => Number(r.amount)).sort()).toEqual([
          100000, 575000,
        ])
        const [stored] = await pg()("payment").where({ id: payment.id })
        expect(stored.data.refunded_amount).toBe(CLICK_TOTAL)
      })

      it("fails cleanly when the Merchant API is down: no refund recorded", async () => {
        const { payment, prep } = await paidCart()
        fake.payments.set(prep.click_paydoc_id, {
          amount: CART_TOTAL,
          refunded: 0,
          status: 2,
        })
        fake.down = true

        const res = await api
          .post(
            `/admin/payments/${payment.id}/refund`,
            { amount: CART_TOTAL },
            { headers: await adminHeaders() }
          )
          .catch((e: any) => e.response)
        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(res.data.message).toMatch(/Click Merchant API is unreachable/)

        expect(await refundsOf(payment.id)).toHaveLength(0)
        const [stored] = await pg()("payment").where({ id: payment.id })
        expect(stored.data.refunded_amount).toBeUndefined()
        const refundTx = await pg()("order_transaction").where({
          reference: "refund",
        })
        expect(refundTx).toHaveLength(0)
      })

      it("surfaces Click's refusal as an error and records nothing", async () => {
        const { payment, prep } = await paidCart()
        fake.payments.set(prep.click_paydoc_id, {
          amount: CART_TOTAL,
          refunded: 0,
          status: 2,
        })
        fake.refuseWith = {
          error_code: -5017,
          error_note: "Reversal is not allowed",
        }

        const res = await api
          .post(
            `/admin/payments/${payment.id}/refund`,
            { amount: CART_TOTAL },
            { headers: await adminHeaders() }
          )
          .catch((e: any) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/Click refused the reversal.*-5017/)
        expect(fake.requests).toHaveLength(1)
        expect(await refundsOf(payment.id)).toHaveLength(0)
      })
    })

    describe("getPaymentStatus", () => {
      it("asks the Merchant API payment/status and maps payment_status", async () => {
        const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER)
        const provider = new ClickPaymentProviderService(
          { logger },
          {
            service_id: SERVICE_ID,
            merchant_id: MERCHANT_ID,
            merchant_user_id: MERCHANT_USER_ID,
            secret_key: SECRET,
            api_url: fake.url,
          }
        )
        fake.payments.set("555", { amount: 10, refunded: 0, status: 2 })
        fake.payments.set("556", { amount: 10, refunded: 0, status: 1 })
        fake.payments.set("557", { amount: 10, refunded: 0, status: -1 })
        const status = async (id: string) =>
          (await provider.getPaymentStatus({ data: { click_paydoc_id: id } }))
            .status
        expect(await status("555")).toBe("captured")
        expect(await status("556")).toBe("pending")
        expect(await status("557")).toBe("error")
        expect(
          fake.requests.map((r) => [r.method, r.path, r.authorized])
        ).toEqual([
          ["GET", `/payment/status/${SERVICE_ID}/555`, true],
          ["GET", `/payment/status/${SERVICE_ID}/556`, true],
          ["GET", `/payment/status/${SERVICE_ID}/557`, true],
        ])

        fake.down = true
        await expect(status("555")).rejects.toThrow(/unreachable/)
      })

      it("refuses invalid options at start-up", () => {
        expect(() =>
          ClickPaymentProviderService.validateOptions({
            service_id: SERVICE_ID,
            merchant_id: MERCHANT_ID,
            merchant_user_id: MERCHANT_USER_ID,
          })
        ).toThrow("Option `secret_key` is required")
        expect(() =>
          ClickPaymentProviderService.validateOptions({
            service_id: SERVICE_ID,
            merchant_id: MERCHANT_ID,
            merchant_user_id: MERCHANT_USER_ID,
            secret_key: SECRET,
            return_url: "not a url",
          })
        ).toThrow("Option `return_url` must be an absolute URL")
      })
    })
  },
})

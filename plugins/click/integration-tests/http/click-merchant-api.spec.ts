import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createHash } from "node:crypto"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ClickPaymentProviderService } from "@bozor/medusa-click/providers/click"
import { confirmClickPaymentWorkflow } from "@bozor/medusa-click/workflows"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"
import {
  CART_TOTAL,
  CLICK_ENV,
  CLICK_TOTAL,
  MERCHANT_ID,
  MERCHANT_USER_ID,
  SECRET,
  SERVICE_ID,
  completeRequest,
  fake,
  useClickEnv,
  useClickKit,
} from "../helpers/click"

jest.setTimeout(180 * 1000)

// Click issue #4: the confirm workflow's compensation, the bench scenario, and
// what goes to Click's Merchant API (refunds, payment status).
useClickEnv()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const {
      seed,
      variantId,
      pg,
      clickRows,
      click,
      preparedCart,
      orderOfCart,
      paidCart,
      adminHeaders,
      refundsOf,
    } = useClickKit(api, getContainer)

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
          publishableKey: seed().publishableKey,
          regionUzId: seed().regionUzId,
          env: CLICK_ENV,
          prepareCart: async (o: { providerId: string; quantity?: number }) => {
            const r = await prepareCart(api, {
              publishableKey: seed().publishableKey,
              regionId: seed().regionUzId,
              variantId: variantId(),
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

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createOrderPaymentCollectionWorkflow,
  createPaymentSessionsWorkflow,
  processPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { PaymentActions } from "@medusajs/framework/utils"
import {
  attachClickConfirmationStep,
  AttachClickConfirmationStepInput,
  attachClickConfirmationStepId,
} from "@bozor/medusa-click/workflows"
import { clickConfirmationProof } from "@bozor/medusa-click/providers/click"
import { createClickMerchantApiFake } from "../../../../integration-tests/fakes/click-merchant-api"
import {
  DISPUTE_ORDER_TOTAL,
  useDisputesKit,
} from "../../../../integration-tests/helpers/disputes"

jest.setTimeout(240 * 1000)

// Issue #14: a dispute refund over an order paid with two payments must be
// all-or-nothing. The second payment is a Click one (issue #4) whose refund
// the Click fake refuses; its env is set before the runner loads
// medusa-config.ts.
const CLICK = {
  CLICK_SERVICE_ID: "30001",
  CLICK_MERCHANT_ID: "20001",
  CLICK_MERCHANT_USER_ID: "40001",
  CLICK_SECRET_KEY: "click-dispute-refunds-secret",
  CLICK_TEST_MODE: "true",
}
const savedEnv: Record<string, string | undefined> = {}
for (const key of [...Object.keys(CLICK), "CLICK_API_URL"]) {
  savedEnv[key] = process.env[key]
}
Object.assign(process.env, CLICK)
const clickFake = createClickMerchantApiFake({
  serviceId: CLICK.CLICK_SERVICE_ID,
  merchantUserId: CLICK.CLICK_MERCHANT_USER_ID,
  secretKey: CLICK.CLICK_SECRET_KEY,
})
beforeAll(async () => {
  process.env.CLICK_API_URL = await clickFake.listen()
})
afterAll(async () => {
  await clickFake.close()
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

// Records Click's confirmation on a session as the Complete hook does (for a
// session of an order's extra payment collection, which has no cart).
const confirmClickSessionWorkflow = createWorkflow(
  `disputes-spec-${attachClickConfirmationStepId}`,
  (input: AttachClickConfirmationStepInput) => {
    attachClickConfirmationStep(input)
    return new WorkflowResponse(void 0)
  }
)

const ADMIN_PASSWORD = "disputes-refunds-admin-pass"
const SECOND = 100000
const PAYDOC = "3190009001"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const kit = useDisputesKit({
      api,
      getContainer,
      dbConnection,
      adminPassword: ADMIN_PASSWORD,
    })
    const { rows } = kit

    beforeEach(() => clickFake.reset())

    /**
     * An order paid twice: the cart's payment (pp_system_default, 675 000
     * captured) and a second collection of 100 000 paid with Click, both made
     * through Medusa's workflows.
     */
    async function orderWithTwoPayments() {
      const container = getContainer()
      const buyer = await kit.customer()
      const order = await kit.orderOf(buyer)
      await kit.capture(order.paymentId)

      const {
        result: [collection],
      } = await createOrderPaymentCollectionWorkflow(container).run({
        input: { order_id: order.id, amount: SECOND },
      })
      const { result: session } = await createPaymentSessionsWorkflow(
        container
      ).run({
        input: {
          payment_collection_id: collection.id,
          provider_id: "pp_click_click",
        },
      })
      const confirmation = {
        click_trans_id: "2190009001",
        click_paydoc_id: PAYDOC,
        merchant_prepare_id: 9001,
        amount: "100000.00",
      }
      await confirmClickSessionWorkflow(container).run({
        input: {
          payment_session_id: session.id,
          confirmation,
          proof: clickConfirmationProof(
            session.id,
            confirmation,
            CLICK.CLICK_SECRET_KEY
          ),
        },
      })
      await processPaymentWorkflow(container).run({
        input: {
          action: PaymentActions.AUTHORIZED,
          data: { session_id: session.id, amount: SECOND },
        },
      })
      const [click] = await rows(
        `SELECT p.id, p.captured_at FROM payment p
          WHERE p.payment_collection_id = ? AND p.deleted_at IS NULL`,
        [collection.id]
      )
      expect(click.captured_at).not.toBeNull()
      clickFake.payments.set(PAYDOC, {
        amount: SECOND,
        refunded: 0,
        status: 2,
      })
      return { buyer, order, clickPaymentId: click.id as string }
    }

    const resolve = (id: string, body: Record<string, unknown>) =>
      kit.settle(
        api.post(
          `/admin/disputes/${id}/resolve`,
          { decision: "refund", note: "Refund.", ...body },
          { headers: kit.admin }
        )
      )
    const refundsOf = async (paymentId: string) =>
      (
        await rows("SELECT amount FROM refund WHERE payment_id = ?", [
          paymentId,
        ])
      ).map((r: any) => Number(r.amount))

    it("refuses a refund that needs both payments before refunding anything", async () => {
      const { buyer, order, clickPaymentId } = await orderWithTwoPayments()
      const { id } = await kit.openDispute(buyer, order.id, {
        reason: "charged_twice",
      })
      await kit.review(id)
      // Click would refuse its part: before issue #14 the first payment was
      // refunded anyway and stayed refunded.
      clickFake.refuseWith = {
        error_code: -5017,
        error_note: "Reversal is not allowed",
      }

      // 700 000, then everything refundable (775 000): neither fits one payment.
      const answers = [
        await resolve(id, { amount: DISPUTE_ORDER_TOTAL + 25000 }),
        await resolve(id, {}),
      ]
      expect(answers.map((a) => a.status)).toEqual([400, 400])

      expect(await refundsOf(order.paymentId)).toEqual([])
      expect(await refundsOf(clickPaymentId)).toEqual([])
      expect(clickFake.requests).toHaveLength(0)
      expect(await kit.disputeRow(id)).toMatchObject({
        status: "under_review",
        decision: null,
        refunded_amount: null,
        closed_at: null,
        last_refund_error: null,
      })
      expect(
        await rows(
          "SELECT to_status FROM dispute_transition WHERE dispute_id = ?",
          [id]
        )
      ).toHaveLength(2)
      expect(
        await rows(
          "SELECT id FROM order_transaction WHERE order_id = ? AND reference = 'refund'",
          [order.id]
        )
      ).toHaveLength(0)
      for (const [answer, amount] of [
        [answers[0], DISPUTE_ORDER_TOTAL + 25000],
        [answers[1], DISPUTE_ORDER_TOTAL + SECOND],
      ] as const) {
        expect(answer.data).toMatchObject({ type: "not_allowed" })
        expect(answer.data.message).toBe(
          `Cannot refund ${amount} for dispute ${id} in one refund: order ${order.id} is paid with several payments and none has that much left (at most ${DISPUTE_ORDER_TOTAL} on one payment). Resolve with an amount of at most ${DISPUTE_ORDER_TOTAL} and refund the rest through the order's payments.`
        )
      }
    })

    it("refunds through the one payment that covers the amount", async () => {
      const { buyer, order, clickPaymentId } = await orderWithTwoPayments()
      const first = await kit.openDispute(buyer, order.id)
      await kit.review(first.id)

      // Only the first payment has 650 000 left: it refunds it all.
      const ok = await resolve(first.id, { amount: 650000 })
      expect(ok.status).toBe(200)
      expect(ok.data.dispute).toMatchObject({
        status: "resolved",
        refunded_amount: 650000,
      })
      expect(await refundsOf(order.paymentId)).toEqual([650000])
      expect(await refundsOf(clickPaymentId)).toEqual([])
      expect(clickFake.requests).toHaveLength(0)

      // 90 000 now fits only the Click payment (25 000 left on the first):
      // Click refuses, and nothing is refunded anywhere.
      const second = await kit.openDispute(buyer, order.id, {
        reason: "charged_twice",
      })
      await kit.review(second.id)
      clickFake.refuseWith = {
        error_code: -5017,
        error_note: "Reversal is not allowed",
      }
      const refused = await resolve(second.id, { amount: 90000 })
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/was refused: .*-5017/)
      expect(clickFake.requests).toHaveLength(1)
      expect(await refundsOf(order.paymentId)).toEqual([650000])
      expect(await refundsOf(clickPaymentId)).toEqual([])
      expect(await kit.disputeRow(second.id)).toMatchObject({
        status: "under_review",
        refunded_amount: null,
      })

      // Once Click accepts, the same decision goes through on that payment.
      clickFake.refuseWith = null
      const done = await resolve(second.id, { amount: 90000 })
      expect(done.status).toBe(200)
      expect(await refundsOf(clickPaymentId)).toEqual([90000])
      expect(await refundsOf(order.paymentId)).toEqual([650000])
      expect(clickFake.requests.at(-1)).toMatchObject({
        method: "DELETE",
        path: `/payment/partial_reversal/${CLICK.CLICK_SERVICE_ID}/${PAYDOC}/90000.00`,
      })
    })
  },
})

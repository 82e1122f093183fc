import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import { useSmtpSink } from "../../../../integration-tests/fakes/smtp"
import disputesFlagOverdue from "@bozor/medusa-disputes/jobs/disputes-flag-overdue"
import { DisputeEvents } from "@bozor/medusa-disputes/types"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"
import {
  ORDER_TOTAL,
  useClickRefusalProvider,
  useDisputesFlow,
} from "../helpers/flow"

jest.setTimeout(240 * 1000)

// Refund limits, a provider that refuses the refund (Click), and the SLA job.
const { CLICK, clickFake, clickFields } = useClickRefusalProvider()

// Dispute messages go out by e-mail through a real SMTP server.
useSmtpSink()

medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api, getContainer } = runner
    const {
      ctx,
      events,
      error,
      rows,
      disputeRow,
      transitionsOf,
      eventsNamed,
      customer,
      orderOf,
      capture,
      openDispute,
      review,
    } = useDisputesFlow(runner)
    // Filled by the flow's hooks, which run before this one.
    let seed: SeedResult
    let admin: Record<string, string>
    let variantId: string
    beforeEach(() => {
      ;({ seed, admin, variantId } = ctx)
    })

    describe("refund limits and refusals", () => {
      it("refuses to refund more than captured and not yet refunded", async () => {
        const buyer = await customer()
        const order = await orderOf(buyer)
        await capture(order.paymentId)
        const { id } = await openDispute(buyer, order.id)
        await review(id)
        const over = await error(
          api.post(
            `/admin/disputes/${id}/resolve`,
            { decision: "refund", amount: ORDER_TOTAL + 1, note: "Too much." },
            { headers: admin }
          )
        )
        expect(over.status).toBe(400)
        expect(over.data.message).toMatch(
          /only 675000 .* captured and not yet refunded/
        )
        // Part of it was refunded in Medusa directly: only the rest is left.
        await api.post(
          `/admin/payments/${order.paymentId}/refund`,
          { amount: 600000 },
          { headers: admin }
        )
        const rest = await error(
          api.post(
            `/admin/disputes/${id}/resolve`,
            { decision: "refund", amount: 100000, note: "Too much now." },
            { headers: admin }
          )
        )
        expect(rest.status).toBe(400)
        expect(rest.data.message).toMatch(/only 75000/)
        const row = await disputeRow(id)
        expect(row.status).toBe("under_review")
        expect(row.decision).toBeNull()
        expect(await transitionsOf(id)).toHaveLength(2)
        expect(
          (
            await rows("SELECT amount FROM refund WHERE payment_id = ?", [
              order.paymentId,
            ])
          ).map((r: any) => Number(r.amount))
        ).toEqual([600000])
        // Without an amount, the rest is refunded.
        const all = await api.post(
          `/admin/disputes/${id}/resolve`,
          { decision: "refund", note: "The rest." },
          { headers: admin }
        )
        expect(all.data.dispute.refunded_amount).toBe(75000)
      })

      it("refuses an order with nothing captured and keeps the dispute as it was", async () => {
        const buyer = await customer()
        const order = await orderOf(buyer)
        const { id } = await openDispute(buyer, order.id, {
          requested_amount: 1000,
        })
        await review(id)
        const res = await error(
          api.post(
            `/admin/disputes/${id}/resolve`,
            { decision: "refund", note: "Refund." },
            { headers: admin }
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/no captured payment left to refund/)
        expect((await disputeRow(id)).status).toBe("under_review")
        expect(await rows("SELECT id FROM refund")).toHaveLength(0)
      })
    })

    describe("what the admin screens read", () => {
      it("gives the refundable amount on the detail and the order on the list", async () => {
        const buyer = await customer()
        const order = await orderOf(buyer)
        const before = await api.get(
          `/admin/disputes/${(await openDispute(buyer, order.id)).id}`,
          { headers: admin }
        )
        // Authorized only: nothing captured, nothing to refund.
        expect(before.data.dispute).toMatchObject({
          refundable_amount: 0,
          refundable_amount_one_payment: 0,
        })
        const id = before.data.dispute.id

        const list = await api.get(
          `/admin/disputes?order_id=${order.id}&fields=+order.display_id,+order.total,+order.currency_code`,
          { headers: admin }
        )
        expect(list.data.disputes).toHaveLength(1)
        expect(list.data.disputes[0]).toMatchObject({
          id,
          status: "open",
          order: {
            display_id: expect.any(Number),
            total: ORDER_TOTAL,
            currency_code: "uzs",
          },
        })
        const [row] = await rows(
          `SELECT display_id FROM "order" WHERE id = ?`,
          [order.id]
        )
        expect(list.data.disputes[0].order.display_id).toBe(row.display_id)

        await capture(order.paymentId)
        await api.post(
          `/admin/payments/${order.paymentId}/refund`,
          { amount: 100000 },
          { headers: admin }
        )
        const detail = await api.get(`/admin/disputes/${id}`, {
          headers: admin,
        })
        expect(detail.data.dispute).toMatchObject({
          refundable_amount: ORDER_TOTAL - 100000,
          refundable_amount_one_payment: ORDER_TOTAL - 100000,
        })

        // Order fields outside the allowed ones are dropped.
        const narrow = await api.get(
          `/admin/disputes?order_id=${order.id}&fields=+order.display_id,+order.metadata`,
          { headers: admin }
        )
        expect(narrow.data.disputes[0].order.display_id).toBe(row.display_id)
        expect(narrow.data.disputes[0].order).not.toHaveProperty("metadata")
      })
    })

    describe("provider refusal", () => {
      it("keeps the dispute under review and records why when Click refuses", async () => {
        clickFake.reset()
        const buyer = await customer()
        const { cartId, paymentCollection } = await prepareCart(api, {
          publishableKey: seed.publishableKey,
          regionId: seed.regionUzId,
          variantId,
          email: buyer.customer.email,
          shippingOption: "Toshkent bo'ylab kuryer",
          providerId: "pp_click_click",
        })
        await api.post(
          `/store/carts/${cartId}/customer`,
          {},
          { headers: buyer.headers }
        )
        const sessionId = paymentCollection.payment_sessions[0].id
        const form = {
          headers: { "content-type": "application/x-www-form-urlencoded" },
        }
        const prep = clickFields(sessionId, 1)
        const prepared = await api.post(
          "/hooks/click/prepare",
          new URLSearchParams(prep).toString(),
          form
        )
        expect(prepared.data.error).toBe(0)
        const completed = await api.post(
          "/hooks/click/complete",
          new URLSearchParams(
            clickFields(sessionId, 1, String(prepared.data.merchant_prepare_id))
          ).toString(),
          form
        )
        expect(completed.data.error).toBe(0)
        const [order] = await rows(
          `SELECT oc.order_id AS id, p.id AS payment_id FROM order_cart oc
             JOIN order_payment_collection opc ON opc.order_id = oc.order_id
             JOIN payment p ON p.payment_collection_id = opc.payment_collection_id
            WHERE oc.cart_id = ?`,
          [cartId]
        )
        clickFake.payments.set(prep.click_paydoc_id, {
          amount: ORDER_TOTAL,
          refunded: 0,
          status: 2,
        })
        clickFake.refuseWith = {
          error_code: -5017,
          error_note: "Reversal is not allowed",
        }

        const { id } = await openDispute(buyer, order.id, {
          reason: "charged_twice",
        })
        await review(id)
        const refused = await error(
          api.post(
            `/admin/disputes/${id}/resolve`,
            { decision: "refund", note: "Full refund." },
            { headers: admin }
          )
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(
          /refund for dispute .* was refused: .*-5017/
        )
        expect(clickFake.requests).toHaveLength(1)
        const row = await disputeRow(id)
        expect(row.status).toBe("under_review")
        expect(row.decision).toBeNull()
        expect(row.last_refund_error).toMatch(/-5017/)
        expect(await transitionsOf(id)).toHaveLength(2)
        expect(
          await rows("SELECT id FROM refund WHERE payment_id = ?", [
            order.payment_id,
          ])
        ).toHaveLength(0)
        const detail = await api.get(`/admin/disputes/${id}`, {
          headers: admin,
        })
        expect(detail.data.dispute.last_refund_error).toMatch(/-5017/)
        expect(
          events.filter((e) => e.name === DisputeEvents.RESOLVED)
        ).toHaveLength(0)

        // Once Click accepts, the same decision goes through.
        clickFake.refuseWith = null
        const ok = await api.post(
          `/admin/disputes/${id}/resolve`,
          { decision: "refund", note: "Full refund." },
          { headers: admin }
        )
        expect(ok.data.dispute).toMatchObject({
          status: "resolved",
          refunded_amount: ORDER_TOTAL,
        })
        expect(clickFake.requests.at(-1)).toMatchObject({
          method: "DELETE",
          path: `/payment/reversal/${CLICK.CLICK_SERVICE_ID}/${prep.click_paydoc_id}`,
        })
        expect(
          (
            await rows("SELECT amount FROM refund WHERE payment_id = ?", [
              order.payment_id,
            ])
          ).map((r: any) => Number(r.amount))
        ).toEqual([ORDER_TOTAL])
      })
    })

    describe("SLA job", () => {
      it("flags disputes without a merchant answer past the SLA, once", async () => {
        const late = await customer()
        const answered = await customer()
        const fresh = await customer()
        const a = await openDispute(late, (await orderOf(late)).id)
        const b = await openDispute(answered, (await orderOf(answered)).id)
        const c = await openDispute(fresh, (await orderOf(fresh)).id)
        await api.post(
          `/admin/disputes/${b.id}/messages`,
          { body: "Looking into it." },
          { headers: admin }
        )
        await rows(
          `UPDATE dispute SET created_at = now() - interval '49 hours' WHERE id IN (?, ?)`,
          [a.id, b.id]
        )
        const container = getContainer()
        expect(await disputesFlagOverdue(container)).toEqual({
          flagged: 1,
          failed: false,
        })
        expect((await disputeRow(a.id)).overdue_flagged_at).not.toBeNull()
        expect((await disputeRow(b.id)).overdue_flagged_at).toBeNull()
        expect((await disputeRow(c.id)).overdue_flagged_at).toBeNull()
        const [reminder] = await eventsNamed(DisputeEvents.OVERDUE_FLAGGED, 1)
        expect(reminder.data).toMatchObject({
          id: a.id,
          customer_id: late.customer.id,
        })

        expect(await disputesFlagOverdue(container)).toEqual({
          flagged: 0,
          failed: false,
        })
        expect(
          events.filter((e) => e.name === DisputeEvents.OVERDUE_FLAGGED)
        ).toHaveLength(1)

        const overdue = await api.get("/admin/disputes?overdue=true", {
          headers: admin,
        })
        expect(overdue.data.disputes.map((d: any) => d.id)).toEqual([a.id])
        const old = await api.get(
          "/admin/disputes?min_age_hours=48&status=open",
          { headers: admin }
        )
        expect(old.data.disputes.map((d: any) => d.id).sort()).toEqual(
          [a.id, b.id].sort()
        )
        const recent = await api.get(
          "/admin/disputes?max_age_hours=1&reason=damaged",
          { headers: admin }
        )
        expect(recent.data.disputes.map((d: any) => d.id)).toEqual([c.id])
      })
    })
  },
})

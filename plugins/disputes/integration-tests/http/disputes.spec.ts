import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import { useSmtpSink } from "../../../../integration-tests/fakes/smtp"
import {
  resolveDisputeWorkflow,
  transitionDisputeStepId,
} from "@bozor/medusa-disputes/workflows"
import { DisputeEvents } from "@bozor/medusa-disputes/types"
import { useDisputesFlow } from "../helpers/flow"

jest.setTimeout(240 * 1000)

// The dispute's whole flow and its state machine. Rules and ownership:
// disputes-rules.spec.ts; refund limits, provider refusal and the SLA job:
// disputes-refund-limits.spec.ts.
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

    describe("the whole flow", () => {
      it("ends in a real refund through Medusa's refund workflow", async () => {
        const buyer = await customer()
        const order = await orderOf(buyer)
        await capture(order.paymentId)

        const opened = await api.post(
          `/store/orders/${order.id}/disputes`,
          {
            reason: "damaged",
            description: "The qozon arrived cracked.",
            requested_amount: 300000,
            evidence: ["file_01", "https://cdn.example.uz/crack.jpg"],
          },
          { headers: buyer.headers }
        )
        expect(opened.status).toBe(201)
        const id = opened.data.dispute.id
        expect(opened.data.dispute).toMatchObject({
          order_id: order.id,
          status: "open",
          reason: "damaged",
          requested_amount: 300000,
          currency_code: "uzs",
          evidence: ["file_01", "https://cdn.example.uz/crack.jpg"],
        })
        const [{ data: openedEvent }] = await eventsNamed(
          DisputeEvents.OPENED,
          1
        )
        expect(openedEvent).toEqual({
          id,
          order_id: order.id,
          customer_id: buyer.customer.id,
        })

        await api.post(
          `/store/disputes/${id}/messages`,
          { body: "Photos attached.", evidence: ["file_02"] },
          { headers: buyer.headers }
        )
        await api.post(
          `/admin/disputes/${id}/messages`,
          { body: "Courier damage suspected.", visibility: "internal" },
          { headers: admin }
        )
        expect((await disputeRow(id)).merchant_answered_at).toBeNull()
        await api.post(
          `/admin/disputes/${id}/messages`,
          { body: "Sorry! We are checking with the courier." },
          { headers: admin }
        )
        expect((await disputeRow(id)).merchant_answered_at).not.toBeNull()
        const added = await eventsNamed(DisputeEvents.MESSAGE_ADDED, 3)
        expect(
          added.map((e) => [e.data.author_type, e.data.visibility])
        ).toEqual([
          ["customer", "public"],
          ["merchant", "internal"],
          ["merchant", "public"],
        ])

        // The customer never sees the internal note.
        const seen = await api.get(`/store/disputes/${id}`, {
          headers: buyer.headers,
        })
        expect(seen.data.dispute.messages.map((m: any) => m.body)).toEqual([
          "Photos attached.",
          "Sorry! We are checking with the courier.",
        ])
        expect(seen.data.dispute.last_refund_error).toBeUndefined()

        expect((await review(id)).data.dispute.status).toBe("under_review")
        const resolved = await api.post(
          `/admin/disputes/${id}/resolve`,
          {
            decision: "refund",
            amount: 250000,
            note: "Partial refund agreed.",
          },
          { headers: admin }
        )
        expect(resolved.status).toBe(200)
        expect(resolved.data.dispute).toMatchObject({
          status: "resolved",
          decision: "refund",
          refunded_amount: 250000,
          resolution_note: "Partial refund agreed.",
        })
        const payments = resolved.data.dispute.order.payment_collections[0]
        expect(payments.refunded_amount).toBe(250000)
        expect(payments.payments[0].refunds.map((r: any) => r.amount)).toEqual([
          250000,
        ])

        // Medusa's own rows: the refund, the collection, the order transaction.
        const refunds = await rows(
          "SELECT * FROM refund WHERE payment_id = ?",
          [order.paymentId]
        )
        expect(refunds.map((r: any) => Number(r.amount))).toEqual([250000])
        expect(refunds[0].note).toBe(`Dispute ${id}: Partial refund agreed.`)
        const [collection] = await rows(
          `SELECT pc.refunded_amount FROM payment_collection pc
             JOIN order_payment_collection opc ON opc.payment_collection_id = pc.id
            WHERE opc.order_id = ?`,
          [order.id]
        )
        expect(Number(collection.refunded_amount)).toBe(250000)
        const tx = await rows(
          "SELECT amount FROM order_transaction WHERE order_id = ? AND reference = 'refund'",
          [order.id]
        )
        expect(tx.map((t: any) => Number(t.amount))).toEqual([-250000])

        const row = await disputeRow(id)
        expect(row.status).toBe("resolved")
        expect(row.closed_at).not.toBeNull()
        expect(await transitionsOf(id)).toEqual([
          expect.objectContaining({
            from_status: null,
            to_status: "open",
            actor_type: "customer",
            actor_id: buyer.customer.id,
          }),
          expect.objectContaining({
            from_status: "open",
            to_status: "under_review",
            actor_type: "merchant",
          }),
          expect.objectContaining({
            from_status: "under_review",
            to_status: "resolved",
            actor_type: "merchant",
            note: "Partial refund agreed.",
          }),
        ])
        const [resolvedEvent] = await eventsNamed(DisputeEvents.RESOLVED, 1)
        expect(resolvedEvent.data).toMatchObject({
          id,
          decision: "refund",
          amount: "250000",
          currency_code: "uzs",
        })
        const changed = await eventsNamed(DisputeEvents.STATUS_CHANGED, 2)
        expect(changed.map((e) => [e.data.from, e.data.to])).toEqual([
          ["open", "under_review"],
          ["under_review", "resolved"],
        ])

        // Admin detail: order, payments, messages (internal too), history.
        const detail = await api.get(`/admin/disputes/${id}`, {
          headers: admin,
        })
        expect(detail.data.dispute.order.id).toBe(order.id)
        expect(detail.data.dispute.messages).toHaveLength(3)
        expect(detail.data.dispute.transitions).toHaveLength(3)

        // E-mails: the admin on opening; the customer on the public answer
        // (not the internal note), on the review and on the decision, each
        // once.
        let mails: any[] = []
        for (let i = 0; i < 100 && mails.length < 4; i++) {
          mails = await rows(
            `SELECT template, "to", data FROM notification
              WHERE resource_id = ? AND status = 'success' ORDER BY created_at`,
            [id]
          )
          await new Promise((r) => setTimeout(r, 100))
        }
        await new Promise((r) => setTimeout(r, 500))
        const all = await rows(
          `SELECT template, "to" FROM notification WHERE resource_id = ?`,
          [id]
        )
        expect(all.map((m: any) => [m.template, m.to]).sort()).toEqual(
          [
            ["admin_dispute_opened", seed.adminEmail],
            ["dispute_answered", buyer.customer.email],
            ["dispute_status_changed", buyer.customer.email],
            ["dispute_resolved", buyer.customer.email],
          ].sort()
        )
        const decision = mails.find(
          (m: any) => m.template === "dispute_resolved"
        )
        expect(decision.data.text).toContain("250 000 so'm qaytariladi")
      })

      it("ends in a reasoned rejection without any refund", async () => {
        const buyer = await customer()
        const order = await orderOf(buyer)
        await capture(order.paymentId)
        const { id } = await openDispute(buyer, order.id, {
          reason: "not_as_described",
        })
        await review(id)
        const res = await api.post(
          `/admin/disputes/${id}/resolve`,
          { decision: "reject", note: "The photos show a different product." },
          { headers: admin }
        )
        expect(res.data.dispute).toMatchObject({
          status: "rejected",
          decision: "reject",
          refunded_amount: null,
          resolution_note: "The photos show a different product.",
        })
        expect(
          await rows("SELECT id FROM refund WHERE payment_id = ?", [
            order.paymentId,
          ])
        ).toHaveLength(0)
        const seen = await api.get(`/store/disputes/${id}`, {
          headers: buyer.headers,
        })
        expect(seen.data.dispute.status).toBe("rejected")
        expect(
          seen.data.dispute.transitions.map((t: any) => t.to_status)
        ).toEqual(["open", "under_review", "rejected"])
        const [resolved] = await eventsNamed(DisputeEvents.RESOLVED, 1)
        expect(resolved.data).toMatchObject({
          id,
          decision: "reject",
          amount: null,
        })
      })
    })

    describe("the state machine", () => {
      it("refuses every illegal transition with a 400 and changes nothing", async () => {
        const buyer = await customer()
        const order = await orderOf(buyer)
        await capture(order.paymentId)
        const { id } = await openDispute(buyer, order.id)
        const reject = () =>
          api.post(
            `/admin/disputes/${id}/resolve`,
            { decision: "reject", note: "No." },
            { headers: admin }
          )
        const refund = () =>
          api.post(
            `/admin/disputes/${id}/resolve`,
            { decision: "refund", note: "Yes." },
            { headers: admin }
          )
        const withdraw = () =>
          api.post(
            `/store/disputes/${id}/withdraw`,
            {},
            { headers: buyer.headers }
          )
        const message = () =>
          api.post(
            `/store/disputes/${id}/messages`,
            { body: "Hello?" },
            { headers: buyer.headers }
          )

        async function refused(call: () => Promise<unknown>, pattern: RegExp) {
          const before = await disputeRow(id)
          const count = (await transitionsOf(id)).length
          const res = await error(call())
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(pattern)
          const after = await disputeRow(id)
          expect(after.status).toBe(before.status)
          expect(after.updated_at).toEqual(before.updated_at)
          expect(await transitionsOf(id)).toHaveLength(count)
        }

        // open: cannot be decided before review.
        await refused(reject, /is open and cannot move to rejected/)
        await refused(refund, /is open and cannot move to resolved/)
        await review(id)
        // under_review: cannot be reviewed again.
        await refused(
          () => review(id),
          /is under_review and cannot move to under_review/
        )
        await reject()
        // rejected is final.
        await refused(
          () => review(id),
          /is rejected and cannot move to under_review/
        )
        await refused(withdraw, /is rejected and cannot move to withdrawn/)
        await refused(refund, /is rejected and cannot move to resolved/)
        await refused(message, /is rejected: no more messages/)
        expect(
          events.filter((e) => e.name === DisputeEvents.RESOLVED)
        ).toHaveLength(1)
      })

      it("reverts a decision when a later step fails (compensation)", async () => {
        const buyer = await customer()
        const order = await orderOf(buyer)
        await capture(order.paymentId)
        const { id } = await openDispute(buyer, order.id)
        await review(id)
        const workflow = resolveDisputeWorkflow(getContainer())
        workflow.appendAction("throw", transitionDisputeStepId, {
          invoke: async function failAfterTransition() {
            throw new Error("Failed after the transition")
          },
        })
        const { errors } = await workflow.run({
          input: {
            dispute_id: id,
            decision: "reject",
            note: "Will fail.",
            actor_id: "user_test",
          },
          throwOnError: false,
        })
        // Only the injected failure: every compensation succeeded.
        expect(errors.map((e) => [e.action, e.handlerType])).toEqual([
          ["throw", "invoke"],
        ])
        expect(errors[0].error.message).toBe("Failed after the transition")
        const row = await disputeRow(id)
        expect(row).toMatchObject({
          status: "under_review",
          decision: null,
          refunded_amount: null,
          closed_at: null,
        })
        expect(await transitionsOf(id)).toHaveLength(2)
        expect(await rows("SELECT id FROM refund")).toHaveLength(0)
      })

      it("lets the customer withdraw an open dispute once, then keeps it closed", async () => {
        const buyer = await customer()
        const order = await orderOf(buyer)
        const { id } = await openDispute(buyer, order.id)
        const results = await Promise.all(
          Array.from({ length: 4 }, () =>
            error(
              api.post(
                `/store/disputes/${id}/withdraw`,
                { note: "Found it." },
                { headers: buyer.headers }
              )
            )
          )
        )
        expect(results.map((r) => r.status).sort()).toEqual([
          200, 400, 400, 400,
        ])
        expect((await disputeRow(id)).status).toBe("withdrawn")
        expect((await transitionsOf(id)).map((t: any) => t.to_status)).toEqual([
          "open",
          "withdrawn",
        ])
        const res = await error(review(id))
        expect(res.status).toBe(400)
        expect((await disputeRow(id)).status).toBe("withdrawn")
        // A withdrawn dispute frees the order for a new one.
        const again = await openDispute(buyer, order.id, {
          reason: "wrong_item",
        })
        expect(again.status).toBe("open")
      })
    })
  },
})

import { createHash } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import {
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import disputesFlagOverdue from "@bozor/medusa-disputes/jobs/disputes-flag-overdue"
import {
  resolveDisputeWorkflow,
  transitionDisputeStepId,
} from "@bozor/medusa-disputes/workflows"
import { DisputeEvents } from "@bozor/medusa-disputes/types"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"
import {
  adminHeaders,
  registerCustomer,
} from "../../../../integration-tests/helpers/customers"
import { createClickMerchantApiFake } from "../../../../integration-tests/fakes/click-merchant-api"
import { useSmtpSink } from "../../../../integration-tests/fakes/smtp"

jest.setTimeout(240 * 1000)

// Click (issue #4) stands in for a payment provider that refuses a refund:
// its env must be set before the runner loads medusa-config.ts, and its fake
// Merchant API listens in a beforeAll registered before the runner's.
const CLICK = {
  CLICK_SERVICE_ID: "30001",
  CLICK_MERCHANT_ID: "20001",
  CLICK_MERCHANT_USER_ID: "40001",
  CLICK_SECRET_KEY: "click-dispute-secret",
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

// Dispute messages go out by e-mail through a real SMTP server.
useSmtpSink()

// Click SHOP API signatures (spec §2.4), computed here independently of src/.
const md5 = (s: string) => createHash("md5").update(s).digest("hex")
function clickFields(sessionId: string, n: number, prepareId?: string) {
  const f: Record<string, string> = {
    click_trans_id: String(2190000000 + n),
    service_id: CLICK.CLICK_SERVICE_ID,
    click_paydoc_id: String(3190000000 + n),
    merchant_trans_id: sessionId,
    amount: "675000.00",
    action: prepareId ? "1" : "0",
    error: "0",
    error_note: "Success",
    sign_time: "2026-11-23 12:00:00",
  }
  if (prepareId) f.merchant_prepare_id = prepareId
  f.sign_string = md5(
    f.click_trans_id +
      f.service_id +
      CLICK.CLICK_SECRET_KEY +
      f.merchant_trans_id +
      (prepareId ?? "") +
      f.amount +
      f.action +
      f.sign_time
  )
  return f
}

const ADMIN_PASSWORD = "disputes-admin-pass"
// 1 × Qozon (650 000 so'm) + Tashkent courier (25 000 so'm).
const ORDER_TOTAL = 675000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seed: SeedResult
    let variantId: string
    let admin: Record<string, string>
    const events: { name: string; data: any }[] = []

    const rows = (sql: string, bindings: unknown[] = []) =>
      dbConnection.raw(sql, bindings).then((r: any) => r.rows)
    const error = (p: Promise<unknown>) =>
      p
        .then((r: any) => ({ status: r.status, data: r.data }))
        .catch((e: any) => e.response)
    const disputeRow = async (id: string) =>
      (await rows("SELECT * FROM dispute WHERE id = ?", [id]))[0]
    const transitionsOf = (id: string) =>
      rows(
        `SELECT from_status, to_status, actor_type, actor_id, note
           FROM dispute_transition WHERE dispute_id = ? ORDER BY created_at, id`,
        [id]
      )
    async function eventsNamed(name: string, count: number) {
      for (let i = 0; i < 100; i++) {
        const found = events.filter((e) => e.name === name)
        if (found.length >= count) return found
        await new Promise((r) => setTimeout(r, 50))
      }
      return events.filter((e) => e.name === name)
    }

    beforeAll(async () => {
      const container = getContainer()
      seed = await seedDemoStore(container, { adminPassword: ADMIN_PASSWORD })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [variant],
      } = await query.graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { sku: "QOZON-STANDART" },
      })
      variantId = variant.id
      const eventBus = container.resolve(Modules.EVENT_BUS)
      for (const name of Object.values(DisputeEvents)) {
        eventBus.subscribe(
          name,
          async (msg: any) => {
            events.push({ name, data: msg.data })
          },
          { subscriberId: `disputes-spec-${name}` }
        )
      }
    })

    beforeEach(async () => {
      events.length = 0
      admin = await adminHeaders(api, seed.adminEmail, ADMIN_PASSWORD)
    })

    let customerCount = 0
    const customer = () =>
      registerCustomer(
        api,
        seed.publishableKey,
        `buyer${++customerCount}-${Date.now()}@example.uz`
      )

    /** A completed order of the customer, paid with pp_system_default (authorized). */
    async function orderOf(c: { customer: { email: string }; headers: any }) {
      const { cartId } = await prepareCart(api, {
        publishableKey: seed.publishableKey,
        regionId: seed.regionUzId,
        variantId,
        email: c.customer.email,
        shippingOption: "Toshkent bo'ylab kuryer",
      })
      await api.post(
        `/store/carts/${cartId}/customer`,
        {},
        { headers: c.headers }
      )
      const res = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        { headers: c.headers }
      )
      expect(res.data.type).toBe("order")
      const order = res.data.order
      const [payment] = await rows(
        `SELECT p.id FROM payment p
           JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id
          WHERE opc.order_id = ? AND p.deleted_at IS NULL`,
        [order.id]
      )
      return { id: order.id as string, paymentId: payment.id as string }
    }

    async function capture(paymentId: string, amount?: number) {
      await capturePaymentWorkflow(getContainer()).run({
        input: { payment_id: paymentId, amount },
      })
    }

    async function openDispute(
      c: { headers: any },
      orderId: string,
      body: Record<string, unknown> = {}
    ) {
      const res = await api.post(
        `/store/orders/${orderId}/disputes`,
        {
          reason: "damaged",
          description: "The qozon arrived cracked.",
          ...body,
        },
        { headers: c.headers }
      )
      return res.data.dispute
    }

    const review = (id: string) =>
      api.post(`/admin/disputes/${id}/review`, {}, { headers: admin })

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

    describe("rules", () => {
      it("allows one active dispute per order, also in parallel", async () => {
        const buyer = await customer()
        const order = await orderOf(buyer)
        const results = await Promise.all(
          Array.from({ length: 5 }, () =>
            error(
              api.post(
                `/store/orders/${order.id}/disputes`,
                { reason: "not_received", description: "Nothing came." },
                { headers: buyer.headers }
              )
            )
          )
        )
        expect(results.map((r) => r.status).sort()).toEqual([
          201, 400, 400, 400, 400,
        ])
        expect(results.find((r) => r.status === 400).data.message).toMatch(
          /already has an open dispute/
        )
        expect(
          await rows("SELECT id FROM dispute WHERE order_id = ?", [order.id])
        ).toHaveLength(1)
        const later = await error(
          api.post(
            `/store/orders/${order.id}/disputes`,
            { reason: "damaged", description: "Again." },
            { headers: buyer.headers }
          )
        )
        expect(later.status).toBe(400)
        expect(await eventsNamed(DisputeEvents.OPENED, 1)).toHaveLength(1)
      })

      it("counts the window from placement when nothing was delivered", async () => {
        const buyer = await customer()
        const order = await orderOf(buyer)
        await rows(
          `UPDATE "order" SET created_at = now() - interval '31 days' WHERE id = ?`,
          [order.id]
        )
        const late = await error(
          api.post(
            `/store/orders/${order.id}/disputes`,
            { reason: "not_received", description: "Nothing came." },
            { headers: buyer.headers }
          )
        )
        expect(late.status).toBe(400)
        expect(late.data.message).toMatch(/30-day window closed/)
        expect(await rows("SELECT id FROM dispute")).toHaveLength(0)

        await rows(
          `UPDATE "order" SET created_at = now() - interval '29 days' WHERE id = ?`,
          [order.id]
        )
        expect((await openDispute(buyer, order.id)).status).toBe("open")
      })

      it("counts the window from the latest delivery when there is one", async () => {
        const buyer = await customer()
        const order = await orderOf(buyer)
        const {
          data: { order: full },
        } = await api.get(`/admin/orders/${order.id}?fields=id,items.id`, {
          headers: admin,
        })
        const {
          data: { order: fulfilled },
        } = await api.post(
          `/admin/orders/${order.id}/fulfillments?fields=id,fulfillments.id`,
          {
            items: [{ id: full.items[0].id, quantity: 1 }],
            location_id: seed.stockLocationId,
          },
          { headers: admin }
        )
        const fulfillmentId = fulfilled.fulfillments[0].id
        await api.post(
          `/admin/orders/${order.id}/fulfillments/${fulfillmentId}/mark-as-delivered`,
          {},
          { headers: admin }
        )
        // Placed 40 days ago but delivered 31 days ago: the window is closed.
        await rows(
          `UPDATE "order" SET created_at = now() - interval '40 days' WHERE id = ?`,
          [order.id]
        )
        await rows(
          `UPDATE fulfillment SET delivered_at = now() - interval '31 days' WHERE id = ?`,
          [fulfillmentId]
        )
        const late = await error(
          api.post(
            `/store/orders/${order.id}/disputes`,
            { reason: "damaged", description: "Broken." },
            { headers: buyer.headers }
          )
        )
        expect(late.status).toBe(400)
        expect(late.data.message).toMatch(/window closed/)
        // Delivered 2 days ago: still open although placed 40 days ago.
        await rows(
          `UPDATE fulfillment SET delivered_at = now() - interval '2 days' WHERE id = ?`,
          [fulfillmentId]
        )
        expect((await openDispute(buyer, order.id)).status).toBe("open")
      })

      it("refuses bad input with a 400 and stores nothing", async () => {
        const buyer = await customer()
        const order = await orderOf(buyer)
        const bad = [
          {},
          { reason: "bored", description: "x" },
          { reason: "damaged", description: "" },
          { reason: "damaged", description: "x", requested_amount: -5 },
          { reason: "damaged", description: "x", admin: true },
          { reason: "damaged", description: "x", evidence: [] },
          {
            reason: "damaged",
            description: "x",
            requested_amount: ORDER_TOTAL + 1,
          },
        ]
        for (const body of bad) {
          const res = await error(
            api.post(`/store/orders/${order.id}/disputes`, body, {
              headers: buyer.headers,
            })
          )
          expect([body, res.status]).toEqual([body, 400])
        }
        expect(await rows("SELECT id FROM dispute")).toHaveLength(0)
        const { id } = await openDispute(buyer, order.id)
        for (const [path, body] of [
          [`/store/disputes/${id}/messages`, {}],
          [
            `/store/disputes/${id}/messages`,
            { body: "x", visibility: "internal" },
          ],
        ] as const) {
          const res = await error(
            api.post(path, body, { headers: buyer.headers })
          )
          expect(res.status).toBe(400)
        }
        for (const body of [
          { decision: "refund" },
          { decision: "maybe", note: "x" },
          { decision: "reject", amount: 5, note: "x" },
        ]) {
          const res = await error(
            api.post(`/admin/disputes/${id}/resolve`, body, { headers: admin })
          )
          expect(res.status).toBe(400)
        }
        expect(await rows("SELECT id FROM dispute_message")).toHaveLength(0)
        expect((await disputeRow(id)).status).toBe("open")
      })
    })

    describe("ownership and auth", () => {
      it("hides other customers' orders and disputes behind 404s", async () => {
        const owner = await customer()
        const other = await customer()
        const order = await orderOf(owner)
        const res = await error(
          api.post(
            `/store/orders/${order.id}/disputes`,
            { reason: "damaged", description: "Not mine." },
            { headers: other.headers }
          )
        )
        expect(res.status).toBe(404)
        expect(await rows("SELECT id FROM dispute")).toHaveLength(0)

        const { id } = await openDispute(owner, order.id)
        expect(
          (
            await error(
              api.get(`/store/disputes/${id}`, { headers: other.headers })
            )
          ).status
        ).toBe(404)
        expect(
          (
            await error(
              api.post(
                `/store/disputes/${id}/messages`,
                { body: "Hi" },
                { headers: other.headers }
              )
            )
          ).status
        ).toBe(404)
        expect(
          (
            await error(
              api.post(
                `/store/disputes/${id}/withdraw`,
                {},
                { headers: other.headers }
              )
            )
          ).status
        ).toBe(404)
        expect((await disputeRow(id)).status).toBe("open")
        expect(await rows("SELECT id FROM dispute_message")).toHaveLength(0)

        const mine = await api.get("/store/customers/me/disputes", {
          headers: owner.headers,
        })
        expect(mine.data.disputes.map((d: any) => d.id)).toEqual([id])
        const theirs = await api.get("/store/customers/me/disputes", {
          headers: other.headers,
        })
        expect(theirs.data).toMatchObject({ disputes: [], count: 0 })
        expect(
          (
            await error(
              api.get("/store/customers/me/disputes", {
                headers: { "x-publishable-api-key": seed.publishableKey },
              })
            )
          ).status
        ).toBe(401)
      })

      it("answers 401 to anyone but an admin on admin routes", async () => {
        const buyer = await customer()
        const order = await orderOf(buyer)
        const { id } = await openDispute(buyer, order.id)
        for (const headers of [{}, buyer.headers]) {
          expect(
            (await error(api.get("/admin/disputes", { headers }))).status
          ).toBe(401)
          expect(
            (
              await error(
                api.post(`/admin/disputes/${id}/review`, {}, { headers })
              )
            ).status
          ).toBe(401)
          expect(
            (
              await error(
                api.post(
                  `/admin/disputes/${id}/resolve`,
                  { decision: "reject", note: "x" },
                  { headers }
                )
              )
            ).status
          ).toBe(401)
        }
        expect((await disputeRow(id)).status).toBe("open")
      })
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

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import { useSmtpSink } from "../../../../integration-tests/fakes/smtp"
import { DisputeEvents } from "@bozor/medusa-disputes/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STORE_DISPUTE_FIELDS } from "../../src/api/store/disputes/query-config"
import { ORDER_TOTAL, useDisputesFlow } from "../helpers/flow"

jest.setTimeout(240 * 1000)

// Opening rules (one active dispute, the window, input bounds), ownership and auth.
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

    describe("GET /store/customers/me/disputes", () => {
      it("pages the customer's own disputes with an exact count, as Query reads them", async () => {
        const buyer = await customer()
        const order = await orderOf(buyer)
        // Two disputes of one order: the first withdrawn, then a new one.
        const older = await openDispute(buyer, order.id, {
          requested_amount: 300000,
          evidence: ["file_01"],
        })
        await api.post(
          `/store/disputes/${older.id}/withdraw`,
          {},
          { headers: buyer.headers }
        )
        const newer = await openDispute(buyer, order.id)
        const other = await customer()
        await openDispute(other, (await orderOf(other)).id)

        const list = (query = "") =>
          api
            .get(`/store/customers/me/disputes${query}`, {
              headers: buyer.headers,
            })
            .then((r: any) => r.data)

        // The same disputes, fields and values Query answers.
        const { data: expected } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "dispute",
            fields: STORE_DISPUTE_FIELDS,
            filters: { customer_id: buyer.customer.id },
            pagination: { order: { created_at: "DESC" } },
          })
        const all = await list()
        expect(JSON.parse(JSON.stringify(expected))).toHaveLength(2)
        expect(all).toEqual({
          disputes: JSON.parse(JSON.stringify(expected)),
          count: 2,
          offset: 0,
          limit: 20,
        })
        expect(all.disputes.map((d: any) => d.id)).toEqual([newer.id, older.id])
        expect(all.disputes[1]).toMatchObject({
          requested_amount: 300000,
          status: "withdrawn",
          evidence: ["file_01"],
        })

        const ids = (page: any) => page.disputes.map((d: any) => d.id)
        const page1 = await list("?limit=1")
        expect([ids(page1), page1.count]).toEqual([[newer.id], 2])
        const page2 = await list("?limit=1&offset=1")
        expect([ids(page2), page2.count, page2.offset]).toEqual([
          [older.id],
          2,
          1,
        ])
        const beyond = await list("?offset=5")
        expect([ids(beyond), beyond.count]).toEqual([[], 2])
        const open = await list("?status=open")
        expect([ids(open), open.count]).toEqual([[newer.id], 1])
        const narrow = await list("?fields=id,status&limit=1")
        expect(narrow.disputes).toEqual([{ id: newer.id, status: "open" }])
      })
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import deliveryExpireOffers from "@bozor/medusa-delivery/jobs/delivery-expire-offers"
import { updateDeliveryStatusWorkflow } from "@bozor/medusa-delivery/workflows"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import {
  CHILONZOR,
  DEPOT,
  deliveryHelpers,
  seedDelivery,
} from "../helpers/delivery"

jest.setTimeout(240 * 1000)

const near = (km: number) => ({ lat: DEPOT.lat + km / 111, lng: DEPOT.lng })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let ctx: { seed: SeedResult; variantId: string }
    const h = deliveryHelpers(api, dbConnection, () => ctx)
    const { rows, error, waitFor } = h

    beforeAll(async () => {
      ctx = await seedDelivery(getContainer())
    })

    const offersOfDelivery = (id: string) =>
      rows(
        "SELECT driver_id, status FROM delivery_offer WHERE delivery_id = ? ORDER BY created_at, driver_id",
        [id]
      )

    /** An order with the courier, fulfilled: its delivery. */
    const deliveryFor = async (
      buyer?: Awaited<ReturnType<typeof h.customer>>
    ) => {
      const customer = buyer ?? (await h.customer())
      const { order } = await h.courierOrder(customer, CHILONZOR)
      await h.fulfill(order.id)
      return { delivery: await h.deliveryOf(order.id), order, customer }
    }

    it("re-offers to the next nearest driver after a decline and after the offer timeout", async () => {
      const first = await h.activeDriver("Aziz", near(0.5))
      const second = await h.activeDriver("Bobur", near(1.5))
      const third = await h.activeDriver("Davron", near(3))
      const { delivery } = await deliveryFor()

      // The nearest driver gets it first and declines.
      const [offer] = await h.offersOf(first)
      expect(offer.delivery_id).toBe(delivery.id)
      expect(
        (await api.get("/driver/me/offers", { headers: second.headers })).data
          .offers
      ).toHaveLength(0)
      const declined = await api.post(
        `/driver/me/offers/${offer.id}/decline`,
        {},
        { headers: first.headers }
      )
      expect(declined.data.offer.status).toBe("declined")

      // The next nearest gets it, and does not answer in time.
      const [second_offer] = await h.offersOf(second)
      expect(second_offer.delivery_id).toBe(delivery.id)
      await rows(
        "UPDATE delivery_offer SET expires_at = now() - interval '1 second' WHERE id = ?",
        [second_offer.id]
      )
      const run = await deliveryExpireOffers(getContainer())
      expect(run).toMatchObject({ expired: 1, reoffered: 1, failed: 0 })
      const [third_offer] = await h.offersOf(third)
      expect(third_offer.delivery_id).toBe(delivery.id)

      expect(await offersOfDelivery(delivery.id)).toEqual(
        expect.arrayContaining([
          { driver_id: first.id, status: "declined" },
          { driver_id: second.id, status: "expired" },
          { driver_id: third.id, status: "pending" },
        ])
      )
      // An expired offer can no longer be accepted; nothing changes.
      const late = await error(
        api.post(
          `/driver/me/offers/${second_offer.id}/accept`,
          {},
          { headers: second.headers }
        )
      )
      expect(late.status).toBe(409)
      const [still] = await rows(
        "SELECT status, driver_id FROM delivery WHERE id = ?",
        [delivery.id]
      )
      expect(still).toEqual({ status: "offered", driver_id: null })

      // Nobody else left: after the last one times out it waits, pending.
      await rows(
        "UPDATE delivery_offer SET expires_at = now() - interval '1 second' WHERE id = ?",
        [third_offer.id]
      )
      expect(await deliveryExpireOffers(getContainer())).toMatchObject({
        expired: 1,
        reoffered: 0,
      })
      const [waiting] = await rows("SELECT status FROM delivery WHERE id = ?", [
        delivery.id,
      ])
      expect(waiting.status).toBe("pending")
      const { data: board } = await api.get("/admin/deliveries/board", {
        headers: await h.admin(),
      })
      expect(board.board.unassigned.map((c: any) => c.id)).toEqual([
        delivery.id,
      ])
    })

    it("two drivers accepting at once: exactly one gets the delivery", async () => {
      const a = await h.activeDriver("Elyor", near(0.3))
      const b = await h.activeDriver("Farrux", near(0.6))
      // Off shift, so auto-dispatch passes them by; the merchant offers it to both.
      await api.post(
        "/driver/me/availability",
        { available: false },
        { headers: a.headers }
      )
      await api.post(
        "/driver/me/availability",
        { available: false },
        { headers: b.headers }
      )
      const { delivery } = await deliveryFor()
      const headers = await h.admin()
      const dispatched = await api.post(
        `/admin/deliveries/${delivery.id}/dispatch`,
        { driver_ids: [a.id, b.id] },
        { headers }
      )
      expect(dispatched.data.offers).toHaveLength(2)
      const [offerA] = await h.offersOf(a)
      const [offerB] = await h.offersOf(b)

      const results = await Promise.all([
        error(
          api.post(
            `/driver/me/offers/${offerA.id}/accept`,
            {},
            { headers: a.headers }
          )
        ),
        error(
          api.post(
            `/driver/me/offers/${offerB.id}/accept`,
            {},
            { headers: b.headers }
          )
        ),
      ])
      expect(results.map((r) => r.status).sort()).toEqual([200, 409])
      const winner = results[0].status === 200 ? a : b
      const loser = winner === a ? b : a
      const [row] = await rows(
        "SELECT status, driver_id FROM delivery WHERE id = ?",
        [delivery.id]
      )
      expect(row).toEqual({ status: "assigned", driver_id: winner.id })
      expect(await offersOfDelivery(delivery.id)).toEqual(
        expect.arrayContaining([
          { driver_id: winner.id, status: "accepted" },
          { driver_id: loser.id, status: "withdrawn" },
        ])
      )
      const assignedEvents = await rows(
        "SELECT driver_id FROM delivery_event WHERE delivery_id = ? AND to_status = 'assigned'",
        [delivery.id]
      )
      expect(assignedEvents).toEqual([{ driver_id: winner.id }])
    })

    it("keeps drivers and customers to their own deliveries, refuses bad input and out-of-order steps", async () => {
      const owner = await h.activeDriver("Gayrat", near(0.2))
      const other = await h.activeDriver("Hamid", near(5))
      const { delivery, order, customer } = await deliveryFor()
      const [offer] = await h.offersOf(owner)

      // Another driver cannot take, see or move it.
      const stolen = await error(
        api.post(
          `/driver/me/offers/${offer.id}/accept`,
          {},
          { headers: other.headers }
        )
      )
      expect(stolen.status).toBe(404)
      await api.post(
        `/driver/me/offers/${offer.id}/accept`,
        {},
        { headers: owner.headers }
      )
      expect(
        (
          await error(
            api.get(`/driver/me/deliveries/${delivery.id}`, {
              headers: other.headers,
            })
          )
        ).status
      ).toBe(404)
      const moved = await error(
        api.post(
          `/driver/me/deliveries/${delivery.id}/status`,
          { status: "picked_up" },
          { headers: other.headers }
        )
      )
      expect(moved.status).toBe(404)
      expect(
        (await api.get("/driver/me/deliveries", { headers: other.headers }))
          .data.count
      ).toBe(0)

      // Out of order: delivered before picked up. Failed needs a reason.
      const skipped = await error(
        api.post(
          `/driver/me/deliveries/${delivery.id}/status`,
          { status: "delivered" },
          { headers: owner.headers }
        )
      )
      expect(skipped.status).toBe(400)
      expect(skipped.data.message).toMatch(
        /is assigned; it cannot become delivered/
      )
      const noReason = await error(
        api.post(
          `/driver/me/deliveries/${delivery.id}/status`,
          { status: "failed" },
          { headers: owner.headers }
        )
      )
      expect(noReason.status).toBe(400)
      const [unchanged] = await rows(
        "SELECT status FROM delivery WHERE id = ?",
        [delivery.id]
      )
      expect(unchanged.status).toBe("assigned")
      const [fulfillment] = await rows(
        "SELECT shipped_at FROM fulfillment WHERE id = ?",
        [delivery.fulfillment_id]
      )
      expect(fulfillment.shipped_at).toBeNull()

      // Coordinates out of range, unknown fields: 400, nothing stored.
      await new Promise((r) => setTimeout(r, 1100))
      for (const bad of [
        { lat: 91, lng: 69 },
        { lat: 41, lng: -181 },
        { lat: "41", lng: 69 },
        { lat: 41, lng: 69, driver_id: other.id },
      ]) {
        expect(
          (
            await error(
              api.post("/driver/me/location", bad, { headers: owner.headers })
            )
          ).status
        ).toBe(400)
      }
      expect(
        await rows("SELECT id FROM driver_location WHERE driver_id = ?", [
          owner.id,
        ])
      ).toHaveLength(1)
      // No token: 401.
      expect(
        (await error(api.post("/driver/me/location", { lat: 1, lng: 1 })))
          .status
      ).toBe(401)

      // Another customer cannot track the order; the owner can.
      const stranger = await h.customer("begona")
      expect(
        (
          await error(
            api.get(`/store/orders/${order.id}/delivery`, {
              headers: stranger.headers,
            })
          )
        ).status
      ).toBe(404)
      expect(
        (
          await error(
            api.get(`/store/orders/${order.id}/delivery/stream`, {
              headers: stranger.headers,
            })
          )
        ).status
      ).toBe(404)
      const { data } = await api.get(`/store/orders/${order.id}/delivery`, {
        headers: customer.headers,
      })
      expect(data.delivery).toMatchObject({
        status: "assigned",
        driver: { first_name: "Gayrat" },
      })

      // A failure with its reason: the customer is told through notification.requested.
      const failed = await api.post(
        `/driver/me/deliveries/${delivery.id}/status`,
        { status: "failed", reason: "Mijoz telefonni ko'tarmadi" },
        { headers: owner.headers }
      )
      expect(failed.data.delivery).toMatchObject({
        status: "failed",
        failure_reason: "Mijoz telefonni ko'tarmadi",
      })
      const [kind] = await waitFor(
        () =>
          rows(
            "SELECT * FROM notification_kind WHERE kind = 'delivery_failed'"
          ),
        (r: any[]) => r.length > 0,
        "the delivery_failed kind"
      )
      expect(kind.kind).toBe("delivery_failed")
    })

    it("books earnings once, pays them out, and lets the customer rate once", async () => {
      const driver = await h.activeDriver("Ibrohim", near(0.2))
      const { delivery, order, customer } = await deliveryFor()
      const [offer] = await h.offersOf(driver)
      await api.post(
        `/driver/me/offers/${offer.id}/accept`,
        {},
        { headers: driver.headers }
      )
      for (const status of ["picked_up", "in_transit", "delivered"]) {
        await api.post(
          `/driver/me/deliveries/${delivery.id}/status`,
          { status },
          { headers: driver.headers }
        )
      }
      const { data: ledger } = await api.get("/driver/me/earnings", {
        headers: driver.headers,
      })
      const expected = 10000 + 2000 * delivery.distance_km
      expect(ledger.earnings.currency_code).toBe("uzs")
      expect(ledger.earnings.unpaid).toBeCloseTo(expected, 0)
      expect(ledger.earnings.earnings).toHaveLength(1)

      // Rating: 1–5, once, only the order's customer.
      const rate = (headers: Record<string, string>, body: unknown) =>
        error(
          api.post(`/store/orders/${order.id}/delivery/rating`, body, {
            headers,
          })
        )
      expect((await rate(customer.headers, { rating: 6 })).status).toBe(400)
      expect((await rate(customer.headers, { rating: 0 })).status).toBe(400)
      const stranger = await h.customer("boshqa")
      expect((await rate(stranger.headers, { rating: 5 })).status).toBe(404)
      const first = await rate(customer.headers, { rating: 5, comment: "Tez!" })
      expect(first.status).toBe(201)
      expect((await rate(customer.headers, { rating: 1 })).status).toBe(409)
      expect(
        await rows(
          "SELECT rating, driver_id FROM delivery_rating WHERE delivery_id = ?",
          [delivery.id]
        )
      ).toEqual([{ rating: 5, driver_id: driver.id }])

      const { data: stats } = await api.get("/driver/me/stats", {
        headers: driver.headers,
      })
      expect(stats.stats).toMatchObject({
        deliveries: 1,
        delivered: 1,
        completion_rate: 1,
        on_time_rate: 1,
        rating_count: 1,
        rating_average: 5,
      })

      // Payout of everything unpaid, marked paid once.
      const headers = await h.admin()
      const payout = await api.post(
        `/admin/drivers/${driver.id}/payouts`,
        {},
        { headers }
      )
      expect(payout.data.payout.amount).toBeCloseTo(expected, 0)
      expect(payout.data.payout.status).toBe("pending")
      expect(
        (
          await error(
            api.post(`/admin/drivers/${driver.id}/payouts`, {}, { headers })
          )
        ).status
      ).toBe(400)
      const paid = await api.post(
        `/admin/drivers/${driver.id}/payouts/${payout.data.payout.id}/paid`,
        { reference: "CLICK-123" },
        { headers }
      )
      expect(paid.data.payout).toMatchObject({
        status: "paid",
        reference: "CLICK-123",
      })
      expect(
        (
          await error(
            api.post(
              `/admin/drivers/${driver.id}/payouts/${payout.data.payout.id}/paid`,
              {},
              { headers }
            )
          )
        ).status
      ).toBe(400)
      const after = await api.get("/driver/me/earnings", {
        headers: driver.headers,
      })
      expect(after.data.earnings.unpaid).toBe(0)
      expect(after.data.earnings.paid).toBeCloseTo(expected, 0)
    })

    it("reverts a status change and Medusa's shipment when a later step fails (compensation)", async () => {
      const driver = await h.activeDriver("Jahongir", near(0.2))
      const { delivery, order } = await deliveryFor()
      const [offer] = await h.offersOf(driver)
      await api.post(
        `/driver/me/offers/${offer.id}/accept`,
        {},
        { headers: driver.headers }
      )
      const workflow = updateDeliveryStatusWorkflow(getContainer())
      workflow.appendAction("throw", "emit-event-step", {
        invoke: async function failAfterTheEvent() {
          throw new Error("Failed after the status change")
        },
      })
      const { errors } = await workflow.run({
        input: {
          delivery_id: delivery.id,
          status: "picked_up",
          driver_id: driver.id,
          actor_type: "driver",
          actor_id: driver.id,
        },
        throwOnError: false,
      })
      expect(errors.map((e) => [e.action, e.handlerType])).toEqual([
        ["throw", "invoke"],
      ])
      const [row] = await rows(
        "SELECT status, picked_up_at FROM delivery WHERE id = ?",
        [delivery.id]
      )
      expect(row).toEqual({ status: "assigned", picked_up_at: null })
      expect(
        await rows(
          "SELECT id FROM delivery_event WHERE delivery_id = ? AND to_status = 'picked_up'",
          [delivery.id]
        )
      ).toHaveLength(0)
      const [fulfillment] = await rows(
        "SELECT shipped_at FROM fulfillment WHERE id = ?",
        [delivery.fulfillment_id]
      )
      expect(fulfillment.shipped_at).toBeNull()
      const { data } = await api.get(
        `/admin/orders/${order.id}?fields=id,fulfillment_status`,
        { headers: await h.admin() }
      )
      expect(data.order.fulfillment_status).toBe("fulfilled")
    })
  },
})

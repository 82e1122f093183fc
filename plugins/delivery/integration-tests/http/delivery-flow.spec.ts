import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import { useSmtpSink } from "../../../../integration-tests/fakes/smtp"
import {
  CHILONZOR,
  DEPOT,
  deliveryHelpers,
  seedDelivery,
} from "../helpers/delivery"
import { haversineKm } from "../../src/modules/delivery/utils/geo"

jest.setTimeout(240 * 1000)

// Shipped and delivered e-mails go out through a real SMTP server.
const smtp = useSmtpSink()

/** Reads the first Server-Sent Event of a stream, then closes it. */
function firstEvent(url: string, headers: Record<string, string>) {
  return new Promise<{
    status: number
    type?: string
    event?: string
    data?: any
  }>((resolve, reject) => {
    const req = http.get(url, { headers }, (res) => {
      let buffer = ""
      if (res.statusCode !== 200) {
        res.resume()
        resolve({ status: res.statusCode! })
        return
      }
      res.on("data", (chunk) => {
        buffer += chunk.toString()
        const end = buffer.indexOf("\n\n")
        if (end >= 0) {
          const block = buffer.slice(0, end)
          const event = /^event: (.*)$/m.exec(block)?.[1]
          const data = /^data: (.*)$/m.exec(block)?.[1]
          req.destroy()
          resolve({
            status: 200,
            type: res.headers["content-type"],
            event,
            data: data ? JSON.parse(data) : undefined,
          })
        }
      })
    })
    req.on("error", reject)
  })
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let ctx: { seed: SeedResult; variantId: string }
    const h = deliveryHelpers(api, dbConnection, () => ctx)
    const { rows, error, waitFor } = h

    beforeAll(async () => {
      ctx = await seedDelivery(getContainer())
    })

    it("order → fulfillment → delivery → offer → accept → locations → delivered, with Medusa's fulfillment and order following", async () => {
      const driver = await h.activeDriver("Jasur", {
        lat: DEPOT.lat + 0.005,
        lng: DEPOT.lng,
      })
      const buyer = await h.customer()
      const { order, shipping } = await h.courierOrder(buyer, CHILONZOR)

      // Distance pricing: 15 000 + 2 000 × km from the depot, rounded up to 1 000.
      const km = Math.round(haversineKm(DEPOT, CHILONZOR) * 1000) / 1000
      expect(km).toBeGreaterThan(6)
      expect(km).toBeLessThan(8)
      expect(shipping.amount).toBe(Math.ceil((15000 + 2000 * km) / 1000) * 1000)

      // The fulfillment becomes a delivery, offered to the only driver nearby.
      const fulfillmentId = await h.fulfill(order.id)
      const delivery = await h.deliveryOf(order.id)
      expect(delivery).toMatchObject({
        fulfillment_id: fulfillmentId,
        order_id: order.id,
      })
      expect(delivery.dropoff_lat).toBeCloseTo(CHILONZOR.lat, 3)
      expect(delivery.distance_km).toBeCloseTo(km, 2)
      const [offer] = await h.offersOf(driver)
      expect(offer).toMatchObject({
        delivery_id: delivery.id,
        status: "pending",
        delivery: { id: delivery.id },
      })

      const accepted = await api.post(
        `/driver/me/offers/${offer.id}/accept`,
        {},
        { headers: driver.headers }
      )
      expect(accepted.data.delivery).toMatchObject({
        status: "assigned",
        driver_id: driver.id,
      })

      // The customer sees the courier, the vehicle, the location and an ETA.
      const { data: tracked } = await api.get(
        `/store/orders/${order.id}/delivery`,
        { headers: buyer.headers }
      )
      expect(tracked.delivery).toMatchObject({
        status: "assigned",
        driver: {
          first_name: "Jasur",
          vehicle: { type: "scooter", model: "Honda Dio", plate: "01A123BC" },
        },
      })
      expect(tracked.delivery.driver.last_name).toBeUndefined()
      // Nothing but the public view: no driver id, depot or address.
      expect(Object.keys(tracked.delivery).sort()).toEqual([
        "delivered_at",
        "distance_km",
        "driver",
        "eta",
        "failure_reason",
        "id",
        "location",
        "order_id",
        "picked_up_at",
        "status",
        "updated_at",
      ])
      expect(tracked.delivery).toMatchObject({
        id: delivery.id,
        order_id: order.id,
        failure_reason: null,
        picked_up_at: null,
        delivered_at: null,
      })
      expect(Object.keys(tracked.delivery.driver).sort()).toEqual([
        "first_name",
        "vehicle",
      ])
      expect(tracked.delivery.location.lat).toBeCloseTo(DEPOT.lat + 0.005, 3)
      expect(new Date(tracked.delivery.eta).getTime()).toBeGreaterThan(
        Date.now()
      )

      const move = (status: string, body: Record<string, unknown> = {}) =>
        api.post(
          `/driver/me/deliveries/${delivery.id}/status`,
          { status, ...body },
          { headers: driver.headers }
        )

      // Picked up: Medusa's shipment is created, the order is shipped.
      expect((await move("picked_up")).data.delivery.status).toBe("picked_up")
      const [shipped] = await rows(
        "SELECT shipped_at, delivered_at FROM fulfillment WHERE id = ?",
        [fulfillmentId]
      )
      expect(shipped.shipped_at).not.toBeNull()
      expect(shipped.delivered_at).toBeNull()
      const headers = await h.admin()
      const shippedOrder = await api.get(
        `/admin/orders/${order.id}?fields=id,fulfillment_status`,
        { headers }
      )
      expect(shippedOrder.data.order.fulfillment_status).toBe("shipped")

      expect((await move("in_transit")).data.delivery.status).toBe("in_transit")

      // Locations: bounded, rate-limited, shown to the customer.
      await new Promise((r) => setTimeout(r, 1100))
      const near = { lat: CHILONZOR.lat + 0.002, lng: CHILONZOR.lng }
      const sent = await api.post("/driver/me/location", near, {
        headers: driver.headers,
      })
      expect(sent.status).toBe(202)
      const tooFast = await error(
        api.post("/driver/me/location", near, { headers: driver.headers })
      )
      expect(tooFast.status).toBe(429)
      expect(tooFast.headers["retry-after"]).toBe("1")
      const stored = await rows(
        "SELECT lat, lng FROM driver_location WHERE driver_id = ? ORDER BY recorded_at",
        [driver.id]
      )
      expect(stored).toHaveLength(2)
      const { data: onTheWay } = await api.get(
        `/store/orders/${order.id}/delivery`,
        { headers: buyer.headers }
      )
      expect(onTheWay.delivery.status).toBe("in_transit")
      expect(onTheWay.delivery.location.lat).toBeCloseTo(near.lat, 3)
      expect(onTheWay.delivery.distance_km).toBeCloseTo(0.222, 1)

      // The live stream sends the same view.
      const stream = await firstEvent(
        `${api.defaults.baseURL}/store/orders/${order.id}/delivery/stream`,
        buyer.headers
      )
      expect(stream).toMatchObject({
        status: 200,
        type: "text/event-stream",
        event: "delivery",
        data: { id: delivery.id, status: "in_transit" },
      })

      // Delivered: the fulfillment and the order are delivered.
      expect((await move("delivered")).data.delivery.status).toBe("delivered")
      const [done] = await rows(
        "SELECT delivered_at FROM fulfillment WHERE id = ?",
        [fulfillmentId]
      )
      expect(done.delivered_at).not.toBeNull()
      const deliveredOrder = await api.get(
        `/admin/orders/${order.id}?fields=id,fulfillment_status`,
        { headers }
      )
      expect(deliveredOrder.data.order.fulfillment_status).toBe("delivered")

      // History of the delivery, in order.
      const { data: detail } = await api.get(
        `/admin/deliveries/${delivery.id}`,
        { headers }
      )
      expect(detail.delivery.events.map((e: any) => e.to_status)).toEqual([
        "pending",
        "offered",
        "assigned",
        "picked_up",
        "in_transit",
        "delivered",
      ])

      // The customer's messages: shipped and delivered, by e-mail.
      const messages = await waitFor(
        () =>
          rows(
            `SELECT trigger_type, channel, status FROM notification
              WHERE "to" = ? AND trigger_type IN ('shipment.created', 'delivery.created')`,
            [buyer.customer.email]
          ),
        (r: any[]) => r.length >= 2,
        "the customer's messages"
      )
      expect(messages.map((m: any) => m.trigger_type).sort()).toEqual([
        "delivery.created",
        "shipment.created",
      ])
      await waitFor(
        async () =>
          smtp.mails.filter((m) => m.to.includes(buyer.customer.email)),
        (mails) => mails.length >= 2,
        "the e-mails"
      )

      // Earnings: 10 000 + 2 000 × km, once.
      const earnings = await rows(
        "SELECT amount, distance_km FROM driver_earning WHERE delivery_id = ?",
        [delivery.id]
      )
      expect(earnings).toHaveLength(1)
      expect(Number(earnings[0].amount)).toBeCloseTo(10000 + 2000 * km, 0)

      // Delivered is final: no step back, nothing changes.
      const again = await error(move("in_transit"))
      expect(again.status).toBe(400)
    })
  },
})

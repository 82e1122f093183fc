import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import deliveryExpireLocations from "@bozor/medusa-delivery/jobs/delivery-expire-locations"
import {
  EskizFake,
  startEskizFake,
} from "../../../../integration-tests/fakes/eskiz"
import { DEPOT, deliveryHelpers, seedDelivery } from "../helpers/delivery"

jest.setTimeout(240 * 1000)

// SMS login codes go out through the Eskiz provider, to a local fake of its API.
const ESKIZ = { email: "delivery@bozor.uz", password: "eskiz-delivery-pass" }
let eskiz: EskizFake
const savedEnv: Record<string, string | undefined> = {}
beforeAll(async () => {
  eskiz = await startEskizFake(ESKIZ)
  const env = {
    ESKIZ_EMAIL: ESKIZ.email,
    ESKIZ_PASSWORD: ESKIZ.password,
    ESKIZ_API_URL: eskiz.url,
  }
  for (const [k, v] of Object.entries(env)) {
    savedEnv[k] = process.env[k]
    process.env[k] = v
  }
})
afterAll(async () => {
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  await eskiz?.close()
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let ctx: { seed: SeedResult; variantId: string }
    const h = deliveryHelpers(api, dbConnection, () => ctx)
    const { rows, error } = h

    beforeAll(async () => {
      ctx = await seedDelivery(getContainer())
    })

    it("onboards a driver: profile, documents in the File Module, review, rejection with a reason, approval, each told to the driver", async () => {
      const email = "nodir@driver.uz"
      const password = "driver-password-1"
      const reg = await api.post("/auth/driver/emailpass/register", {
        email,
        password,
      })
      const registration = { authorization: `Bearer ${reg.data.token}` }
      // A driver token without a profile reaches nothing but registration.
      expect(
        (await error(api.get("/driver/me", { headers: registration }))).status
      ).toBe(401)
      expect(
        (
          await error(
            api.post(
              "/driver/drivers",
              { email, first_name: "Nodir", role: "admin" },
              { headers: registration }
            )
          )
        ).status
      ).toBe(400)
      const created = await api.post(
        "/driver/drivers",
        { email, first_name: "Nodir", phone: "+998901112233" },
        { headers: registration }
      )
      expect(created.status).toBe(201)
      const driverId = created.data.driver.id
      expect(created.data.driver).toMatchObject({
        status: "pending",
        is_active: true,
      })
      const [identity] = await rows(
        "SELECT app_metadata FROM auth_identity ai JOIN provider_identity pi ON pi.auth_identity_id = ai.id WHERE pi.entity_id = ?",
        [email]
      )
      expect(identity.app_metadata).toEqual({ driver_id: driverId })

      const login = await api.post("/auth/driver/emailpass", {
        email,
        password,
      })
      const headers = { authorization: `Bearer ${login.data.token}` }
      // Not yet approved: no shift.
      expect(
        (
          await error(
            api.post(
              "/driver/me/availability",
              { available: true },
              { headers }
            )
          )
        ).status
      ).toBe(400)

      // Incomplete: refused, nothing changes.
      const early = await error(api.post("/driver/me/submit", {}, { headers }))
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(
        /without: vehicle_type, license_number, documents/
      )

      expect(
        (
          await error(
            api.post("/driver/me", { vehicle_type: "rocket" }, { headers })
          )
        ).status
      ).toBe(400)
      await api.post(
        "/driver/me",
        {
          vehicle_type: "car",
          vehicle_model: "Chevrolet Cobalt",
          vehicle_plate: "01B777AA",
          license_number: "AF7654321",
        },
        { headers }
      )
      const badDoc = await error(
        api.post(
          "/driver/me/documents",
          {
            documents: [
              {
                kind: "driver_license",
                filename: "x.exe",
                mime_type: "application/x-msdownload",
                content: "AAAA",
              },
            ],
          },
          { headers }
        )
      )
      expect(badDoc.status).toBe(400)
      const content = Buffer.from("PNG licence scan").toString("base64")
      const uploaded = await api.post(
        "/driver/me/documents",
        {
          documents: [
            {
              kind: "driver_license",
              filename: "licence.png",
              mime_type: "image/png",
              content,
            },
          ],
        },
        { headers }
      )
      const [doc] = uploaded.data.driver.documents
      expect(doc).toMatchObject({
        kind: "driver_license",
        filename: "licence.png",
      })
      // The file is Medusa's (File Module), readable back.
      const file = await getContainer()
        .resolve(Modules.FILE)
        .retrieveFile(doc.file_id)
      expect(file.id).toBe(doc.file_id)

      const submitted = await api.post("/driver/me/submit", {}, { headers })
      expect(submitted.data.driver.status).toBe("under_review")
      // Under review: the profile is frozen.
      expect(
        (await error(api.post("/driver/me", { first_name: "X" }, { headers })))
          .status
      ).toBe(400)

      // The queue shows them; a rejection needs a reason.
      const admin = await h.admin()
      const queue = await api.get("/admin/drivers?status=under_review", {
        headers: admin,
      })
      expect(queue.data.drivers.map((d: any) => d.id)).toEqual([driverId])
      expect(
        (
          await error(
            api.post(
              `/admin/drivers/${driverId}/review`,
              { decision: "reject" },
              { headers: admin }
            )
          )
        ).status
      ).toBe(400)
      const rejected = await api.post(
        `/admin/drivers/${driverId}/review`,
        { decision: "reject", reason: "The licence scan is unreadable" },
        { headers: admin }
      )
      expect(rejected.data.driver).toMatchObject({
        status: "rejected",
        review_reason: "The licence scan is unreadable",
      })
      // Reviewing again out of order is refused.
      expect(
        (
          await error(
            api.post(
              `/admin/drivers/${driverId}/review`,
              { decision: "approve" },
              { headers: admin }
            )
          )
        ).status
      ).toBe(400)

      // The driver fixes it and is approved.
      await api.post(
        "/driver/me/documents",
        {
          documents: [
            {
              kind: "driver_license",
              filename: "licence-2.pdf",
              mime_type: "application/pdf",
              content,
            },
          ],
        },
        { headers }
      )
      await api.post("/driver/me/submit", {}, { headers })
      const approved = await api.post(
        `/admin/drivers/${driverId}/review`,
        { decision: "approve" },
        { headers: admin }
      )
      expect(approved.data.driver.status).toBe("approved")
      expect(
        approved.data.driver.reviews.map((r: any) => [r.to_status, r.reason])
      ).toEqual([
        ["pending", null],
        ["under_review", null],
        ["rejected", "The licence scan is unreadable"],
        ["under_review", null],
        ["approved", null],
      ])

      // Each decision told to the driver through Medusa's notifications.
      const told = await rows(
        `SELECT template, channel, data, status FROM notification
          WHERE "to" = ? AND resource_id = ? ORDER BY created_at`,
        [email, driverId]
      )
      expect(told.map((n: any) => [n.template, n.channel, n.status])).toEqual([
        ["driver_rejected", "feed", "success"],
        ["driver_approved", "feed", "success"],
      ])
      expect(told[0].data).toMatchObject({
        first_name: "Nodir",
        reason: "The licence scan is unreadable",
      })

      // Approved and active: on shift. Deactivated: off, and no shift.
      const shift = await api.post(
        "/driver/me/availability",
        { available: true },
        { headers }
      )
      expect(shift.data.driver.available).toBe(true)
      await api.post(
        `/admin/drivers/${driverId}`,
        { is_active: false },
        { headers: admin }
      )
      expect(
        (
          await error(
            api.post(
              "/driver/me/availability",
              { available: true },
              { headers }
            )
          )
        ).status
      ).toBe(400)
      const [row] = await rows(
        "SELECT available, is_active FROM driver WHERE id = ?",
        [driverId]
      )
      expect(row).toEqual({ available: false, is_active: false })
    })

    it("plans a driver's route over their open deliveries", async () => {
      const driver = await h.activeDriver("Rustam", DEPOT)
      const headers = await h.admin()
      const stops = [
        { lat: 41.3111, lng: 69.3397 },
        { lat: 41.3111, lng: 69.2997 },
        { lat: 41.3111, lng: 69.3197 },
      ]
      const ids: string[] = []
      for (const point of stops) {
        const buyer = await h.customer()
        const { order } = await h.courierOrder(buyer, point)
        await h.fulfill(order.id)
        const delivery = await h.deliveryOf(order.id)
        // Assigned by the merchant directly.
        await api.post(
          `/admin/deliveries/${delivery.id}/assign`,
          { driver_id: driver.id },
          { headers }
        )
        ids.push(delivery.id)
      }
      const { data } = await api.get("/driver/me/route", {
        headers: driver.headers,
      })
      // From the depot eastwards: nearest first.
      expect(data.route.stops.map((s: any) => s.item.delivery_id)).toEqual([
        ids[1],
        ids[2],
        ids[0],
      ])
      expect(data.route.via_depot).toBe(true)
      // 0.06° of longitude at 41.31° N ≈ 5.0 km.
      expect(data.route.total_km).toBeCloseTo(5.02, 1)
      expect(data.route.total_minutes).toBe(
        Math.round((data.route.total_km / 25) * 60)
      )
      // One of them is past its due time: late on the board.
      await rows(
        "UPDATE delivery SET due_at = now() - interval '1 hour' WHERE id = ?",
        [ids[2]]
      )
      const board = await api.get("/admin/deliveries/board", { headers })
      expect(board.data.board.in_progress.map((c: any) => c.id).sort()).toEqual(
        [...ids].sort()
      )
      expect(board.data.board.unassigned).toEqual([])
      expect(board.data.board.late.map((c: any) => c.id)).toEqual([ids[2]])
    })

    it("expires location history older than the retention, keeping the last known location", async () => {
      const driver = await h.activeDriver("Sherzod", DEPOT)
      await new Promise((r) => setTimeout(r, 1100))
      await api.post(
        "/driver/me/location",
        { lat: DEPOT.lat + 0.01, lng: DEPOT.lng },
        { headers: driver.headers }
      )
      const [oldest] = await rows(
        "SELECT id FROM driver_location WHERE driver_id = ? ORDER BY recorded_at LIMIT 1",
        [driver.id]
      )
      await rows(
        "UPDATE driver_location SET recorded_at = now() - interval '25 hours' WHERE id = ?",
        [oldest.id]
      )
      const { deleted } = await deliveryExpireLocations(getContainer())
      expect(deleted).toBe(1)
      const left = await rows(
        "SELECT lat FROM driver_location WHERE driver_id = ?",
        [driver.id]
      )
      expect(left).toHaveLength(1)
      expect(left[0].lat).toBeCloseTo(DEPOT.lat + 0.01, 3)
      const [row] = await rows("SELECT last_lat FROM driver WHERE id = ?", [
        driver.id,
      ])
      expect(row.last_lat).toBeCloseTo(DEPOT.lat + 0.01, 3)
    })

    it("logs a driver in with a one-time SMS code", async () => {
      const email = "ulugbek@driver.uz"
      const reg = await api.post("/auth/driver/emailpass/register", {
        email,
        password: "driver-password-1",
      })
      const created = await api.post(
        "/driver/drivers",
        { email, first_name: "Ulug'bek", phone: "+998935551234" },
        { headers: { authorization: `Bearer ${reg.data.token}` } }
      )
      const sms = () =>
        eskiz.sent.filter((m) => m.mobile_phone === "998935551234")

      expect(
        (await error(api.post("/driver/auth/sms", { phone: "12345" }))).status
      ).toBe(400)
      const asked = await api.post("/driver/auth/sms", {
        phone: "+998 93 555-12-34",
      })
      expect(asked.status).toBe(202)
      const [message] = await h.waitFor(
        async () => sms(),
        (m) => m.length > 0,
        "the SMS"
      )
      const code = /(\d{6})/.exec(message.message)![1]
      // Asked again at once: no second SMS. A stranger's phone: none either.
      expect(
        (await api.post("/driver/auth/sms", { phone: "935551234" })).status
      ).toBe(202)
      expect(
        (await api.post("/driver/auth/sms", { phone: "+998901119999" })).status
      ).toBe(202)
      expect(sms()).toHaveLength(1)
      expect(
        eskiz.sent.filter((m) => m.mobile_phone === "998901119999")
      ).toHaveLength(0)
      const [stored] = await rows(
        "SELECT code_hash, attempts FROM driver_login_code WHERE phone = '998935551234'"
      )
      expect(stored.code_hash).not.toContain(code)

      const wrong = code === "000000" ? "000001" : "000000"
      expect(
        (
          await error(
            api.post("/driver/auth/sms/verify", {
              phone: "998935551234",
              code: wrong,
            })
          )
        ).status
      ).toBe(401)
      const { data } = await api.post("/driver/auth/sms/verify", {
        phone: "998935551234",
        code,
      })
      const me = await api.get("/driver/me", {
        headers: { authorization: `Bearer ${data.token}` },
      })
      expect(me.data.driver.id).toBe(created.data.driver.id)
      // Used once.
      expect(
        (
          await error(
            api.post("/driver/auth/sms/verify", {
              phone: "998935551234",
              code,
            })
          )
        ).status
      ).toBe(401)
      const [used] = await rows(
        "SELECT attempts, used_at FROM driver_login_code WHERE phone = '998935551234'"
      )
      expect(used.attempts).toBe(1)
      expect(used.used_at).not.toBeNull()
    })
  },
})

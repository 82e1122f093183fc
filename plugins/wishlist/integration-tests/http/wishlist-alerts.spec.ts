import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import wishlistCheckAlerts, {
  WISHLIST_CHECK_BATCH,
} from "@bozor/medusa-wishlist/jobs/wishlist-check-alerts"
import { adminHeaders } from "../../../../integration-tests/helpers/customers"
import { useSmtpSink } from "../../../../integration-tests/fakes/smtp"
import {
  ADMIN_PASSWORD,
  seedWishlist,
  watchEveryVariant,
  wishlistHelpers,
} from "../helpers/wishlist"

jest.setTimeout(180 * 1000)

// Alerts go out as e-mail through a real SMTP server.
const smtp = useSmtpSink()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seed: SeedResult
    let variantBySku: Record<string, { id: string; product_id: string }>

    const { rows, waitForRows, customer } = wishlistHelpers(
      api,
      dbConnection,
      () => seed
    )

    beforeAll(async () => {
      ;({ seed, variantBySku } = await seedWishlist(getContainer()))
    })

    describe("alerts", () => {
      const alertRows = (kind: string) =>
        rows(
          "SELECT * FROM wishlist_alert WHERE kind = ? ORDER BY created_at",
          [kind]
        )

      it("alerts once when the price drops, and not again while nothing changes", async () => {
        const { customer: buyer, headers } = await customer("drop@example.uz")
        const variant = variantBySku["GILAM-STANDART"]
        await api.post(
          "/store/customers/me/wishlist/items",
          {
            variant_id: variant.id,
            region_id: seed.regionUzId,
            price_drop_alert: true,
          },
          { headers }
        )
        const admin = await adminHeaders(api, seed.adminEmail, ADMIN_PASSWORD)
        const setPrice = (amount: number) =>
          api.post(
            `/admin/products/${variant.product_id}/variants/${variant.id}`,
            {
              prices: [
                { currency_code: "uzs", amount },
                { currency_code: "usd", amount: 235 },
              ],
            },
            { headers: admin }
          )
        // Read (and cached) before the drop; the last read below sees it.
        const before = await api.get("/store/customers/me/wishlist", {
          headers,
        })
        expect(before.data.wishlist.items[0].price.amount).toBe(2900000)
        await setPrice(2500000)
        const [alert] = await waitForRows(
          "SELECT * FROM wishlist_alert WHERE kind = 'price_drop'",
          [],
          1
        )
        expect(alert).toMatchObject({
          customer_id: buyer.id,
          product_variant_id: variant.id,
          currency_code: "uzs",
          idempotency_key: expect.stringMatching(/^price_drop:wli_.+:1$/),
        })
        expect(Number(alert.price)).toBe(2500000)
        expect(Number(alert.previous_price)).toBe(2900000)

        // The customer gets one e-mail, in Uzbek (no locale on file).
        const [notification] = await waitForRows(
          "SELECT * FROM notification WHERE template = 'wishlist_price_drop' AND status = 'success'",
          [],
          1
        )
        expect(notification).toMatchObject({
          to: "drop@example.uz",
          channel: "email",
          idempotency_key: `wishlist-price-drop:${alert.id}:email`,
          status: "success",
        })
        expect(notification.data.text).toContain(
          "Xorazm gilami arzonlashdi: 2 500 000 so'm (avval 2 900 000 so'm)."
        )
        const mails = smtp.mails.filter((m) => m.to.includes("drop@example.uz"))
        expect(mails).toHaveLength(1)
        expect(mails[0].subject).toBe("Xorazm gilami arzonlashdi")
        const [stamped] = await rows(
          "SELECT notified_at FROM wishlist_alert WHERE id = ?",
          [alert.id]
        )
        expect(stamped.notified_at).toBeTruthy()

        // The same price again, and the scheduled check: nothing new.
        await setPrice(2500000)
        await wishlistCheckAlerts(getContainer())
        await new Promise((r) => setTimeout(r, 500))
        expect(await alertRows("price_drop")).toHaveLength(1)
        expect(
          await rows(
            "SELECT id FROM notification WHERE template = 'wishlist_price_drop'"
          )
        ).toHaveLength(1)
        expect(
          smtp.mails.filter((m) => m.to.includes("drop@example.uz"))
        ).toHaveLength(1)

        const { data } = await api.get("/store/customers/me/wishlist", {
          headers,
        })
        expect(data.wishlist.items[0].price.amount).toBe(2500000)
        expect(data.wishlist.items[0].price_when_added.amount).toBe(2900000)
      })

      it("alerts once when an item comes back in stock", async () => {
        const { headers } = await customer("restock@example.uz")
        const variant = variantBySku["MIS-KUZA-STANDART"]
        const admin = await adminHeaders(api, seed.adminEmail, ADMIN_PASSWORD)
        const [level] = await rows(
          `SELECT il.inventory_item_id, il.location_id FROM inventory_level il
             JOIN product_variant_inventory_item pvi ON pvi.inventory_item_id = il.inventory_item_id
            WHERE pvi.variant_id = ?`,
          [variant.id]
        )
        const setStock = (stocked_quantity: number) =>
          api.post(
            `/admin/inventory-items/${level.inventory_item_id}/location-levels/${level.location_id}`,
            { stocked_quantity },
            { headers: admin }
          )
        await setStock(0)
        await api.post(
          "/store/customers/me/wishlist/items",
          { variant_id: variant.id, back_in_stock_alert: true },
          { headers }
        )
        const view = await api.get("/store/customers/me/wishlist", { headers })
        expect(view.data.wishlist.items[0].in_stock).toBe(false)

        await setStock(5)
        // The view read just before is cached (Medusa's caching module); the
        // stock change clears it.
        const restocked = await api.get("/store/customers/me/wishlist", {
          headers,
        })
        expect(restocked.data.wishlist.items[0].in_stock).toBe(true)
        await waitForRows(
          "SELECT * FROM wishlist_alert WHERE kind = 'back_in_stock'",
          [],
          1
        )
        await setStock(6)
        await wishlistCheckAlerts(getContainer())
        await new Promise((r) => setTimeout(r, 500))
        expect(await alertRows("back_in_stock")).toHaveLength(1)
      })

      it("lists the alerts for the admin, newest first, by kind, bounded", async () => {
        const admin = await adminHeaders(api, seed.adminEmail, ADMIN_PASSWORD)
        const list = (query = "") =>
          api
            .get(`/admin/wishlists/alerts${query}`, { headers: admin })
            .then((r: any) => r.data)
        expect(await list()).toEqual({
          alerts: [],
          count: 0,
          limit: 20,
          offset: 0,
        })

        const { customer: buyer, headers } = await customer("list@example.uz")
        const drop = variantBySku["GILAM-STANDART"]
        await api.post(
          "/store/customers/me/wishlist/items",
          {
            variant_id: drop.id,
            region_id: seed.regionUzId,
            price_drop_alert: true,
          },
          { headers }
        )
        await api.post(
          `/admin/products/${drop.product_id}/variants/${drop.id}`,
          {
            prices: [
              { currency_code: "uzs", amount: 2500000 },
              { currency_code: "usd", amount: 235 },
            ],
          },
          { headers: admin }
        )
        await waitForRows(
          "SELECT id FROM wishlist_alert WHERE kind = 'price_drop'",
          [],
          1
        )

        const restock = variantBySku["MIS-KUZA-STANDART"]
        const [level] = await rows(
          `SELECT il.inventory_item_id, il.location_id FROM inventory_level il
             JOIN product_variant_inventory_item pvi ON pvi.inventory_item_id = il.inventory_item_id
            WHERE pvi.variant_id = ?`,
          [restock.id]
        )
        const setStock = (stocked_quantity: number) =>
          api.post(
            `/admin/inventory-items/${level.inventory_item_id}/location-levels/${level.location_id}`,
            { stocked_quantity },
            { headers: admin }
          )
        await setStock(0)
        await api.post(
          "/store/customers/me/wishlist/items",
          { variant_id: restock.id, back_in_stock_alert: true },
          { headers }
        )
        await setStock(5)
        // The view read just before is cached (Medusa's caching module); the
        // stock change clears it.
        const restocked = await api.get("/store/customers/me/wishlist", {
          headers,
        })
        expect(restocked.data.wishlist.items[0].in_stock).toBe(true)
        await waitForRows(
          "SELECT id FROM wishlist_alert WHERE kind = 'back_in_stock'",
          [],
          1
        )

        // Both delivered (the notifications stamp them).
        await waitForRows(
          "SELECT id FROM wishlist_alert WHERE notified_at IS NOT NULL",
          [],
          2
        )
        const all = await list()
        expect(all.count).toBe(2)
        expect(all.alerts.map((a: any) => a.kind)).toEqual([
          "back_in_stock",
          "price_drop",
        ])
        expect(all.alerts[1]).toEqual({
          id: expect.stringMatching(/^wla_/),
          kind: "price_drop",
          customer_id: buyer.id,
          customer_email: "list@example.uz",
          customer_name: "list",
          product_variant_id: drop.id,
          product_id: drop.product_id,
          product_title: "Xorazm gilami",
          variant_title: "Standart",
          sku: "GILAM-STANDART",
          price: 2500000,
          previous_price: 2900000,
          currency_code: "uzs",
          notified_at: expect.any(String),
          created_at: expect.any(String),
        })
        expect(all.alerts[0]).toMatchObject({
          kind: "back_in_stock",
          product_variant_id: restock.id,
          sku: "MIS-KUZA-STANDART",
          customer_email: "list@example.uz",
          notified_at: expect.any(String),
        })

        const drops = await list("?kind=price_drop")
        expect(drops.count).toBe(1)
        expect(drops.alerts[0].id).toBe(all.alerts[1].id)
        const second = await list("?limit=1&offset=1")
        expect(second).toMatchObject({ count: 2, limit: 1, offset: 1 })
        expect(second.alerts.map((a: any) => a.id)).toEqual([all.alerts[1].id])

        for (const bad of [
          "?limit=101",
          "?limit=0",
          "?offset=-1",
          "?kind=discount",
          "?foo=1",
        ]) {
          const res = await api
            .get(`/admin/wishlists/alerts${bad}`, { headers: admin })
            .catch((e: any) => e.response)
          expect(res.status).toBe(400)
        }
        const asCustomer = await api
          .get("/admin/wishlists/alerts", { headers })
          .catch((e: any) => e.response)
        expect(asCustomer.status).toBe(401)
      })
    })

    describe("the scheduled check", () => {
      it("checks more items than one batch holds and alerts exactly once per qualifying item", async () => {
        const watches = await watchEveryVariant(getContainer(), seed, {
          minItems: WISHLIST_CHECK_BATCH + 100,
          drop: (n) => n % 50 === 7,
          restock: (n) => n % 70 === 3,
          off: (n) => n % 17 === 0,
        })
        const watched = watches.filter((w) => w.watched)
        const byKey = (
          a: { idempotency_key: string },
          b: { idempotency_key: string }
        ) => (a.idempotency_key < b.idempotency_key ? -1 : 1)
        expect(watched.length).toBeGreaterThan(WISHLIST_CHECK_BATCH)
        const expected = watched
          .flatMap((w) =>
            w.kinds.map((kind) => ({
              item_id: w.id,
              kind,
              customer_id: w.customer_id,
              idempotency_key: `${kind}:${w.id}:1`,
            }))
          )
          .sort(byKey)
        expect(expected.length).toBeGreaterThan(10)
        const alerts = async () =>
          (
            await rows(
              "SELECT item_id, kind, customer_id, idempotency_key FROM wishlist_alert"
            )
          ).sort(byKey)

        const first = await wishlistCheckAlerts(getContainer())
        expect(first).toMatchObject({
          checked: watched.length,
          alerts: expected.length,
          failed: 0,
        })
        expect(await alerts()).toEqual(expected)
        // Every watched item now holds today's price and stock; items with
        // alerts off were left alone.
        const stored = new Map(
          (
            await rows(
              "SELECT id, observed_price, observed_in_stock FROM wishlist_item"
            )
          ).map((r: any) => [r.id, r])
        )
        for (const w of watches) {
          const row: any = stored.get(w.id)
          const now = w.watched ? { price: w.price, in_stock: true } : w.seen
          expect([
            w.id,
            Number(row.observed_price),
            row.observed_in_stock,
          ]).toEqual([w.id, now.price, now.in_stock])
        }
        // One message per alert.
        const sent = await waitForRows(
          `SELECT id FROM notification
            WHERE template IN ('wishlist_price_drop', 'wishlist_back_in_stock')`,
          [],
          expected.length
        )
        expect(sent).toHaveLength(expected.length)

        // Nothing changed since: a second run decides and sends nothing.
        const second = await wishlistCheckAlerts(getContainer())
        expect(second).toMatchObject({ checked: watched.length, alerts: 0 })
        await new Promise((r) => setTimeout(r, 500))
        expect(await alerts()).toEqual(expected)
        expect(
          await rows(
            `SELECT id FROM notification
              WHERE template IN ('wishlist_price_drop', 'wishlist_back_in_stock')`
          )
        ).toHaveLength(expected.length)
      })
    })
  },
})

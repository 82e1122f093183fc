import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import wishlistCheckAlerts from "@bozor/medusa-wishlist/jobs/wishlist-check-alerts"
import { adminHeaders } from "../../../../integration-tests/helpers/customers"
import { useSmtpSink } from "../../../../integration-tests/fakes/smtp"
import {
  ADMIN_PASSWORD,
  seedWishlist,
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
    })
  },
})

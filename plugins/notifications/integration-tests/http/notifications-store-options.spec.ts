import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoStore } from "../../../../src/scripts/seed/seed-demo-store"
import {
  placeGuestOrder,
  useNotificationFakes,
  waitForNotifications,
} from "../../../../integration-tests/helpers/notifications"

jest.setTimeout(180 * 1000)

// The store's name and the admins' language are options, read from these.
const fakes = useNotificationFakes({
  NOTIFICATION_STORE_NAME: "Qozonchi",
  NOTIFICATION_ADMIN_LOCALE: "ru",
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: Awaited<ReturnType<typeof seedDemoStore>>
    let variantId: string

    beforeAll(async () => {
      seed = await seedDemoStore(getContainer(), {
        adminPassword: "test-admin-pass",
      })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { sku: "QOZON-STANDART" },
      })
      variantId = data[0].id
    })

    it("signs every message with the configured store name", async () => {
      const order = await placeGuestOrder(api, seed, variantId)
      const rows = await waitForNotifications(getContainer(), order.id, 3)

      expect(fakes.eskiz.sent.map((m) => m.message)).toEqual([
        `Qozonchi: buyurtmangiz #${order.display_id} qabul qilindi. Summa: 1 325 000 so'm. Rahmat!`,
      ])
      const customerMail = fakes.smtp.mails.find((m) =>
        m.to.includes("guest@example.uz")
      )!
      expect(
        customerMail.text.endsWith("Hurmat bilan,\nQozonchi jamoasi")
      ).toBe(true)
      expect(customerMail.text).not.toContain("Bozor")
      // The stored message (what a retry resends) names it too.
      for (const row of rows) {
        expect(row.data).toMatchObject({ store_name: "Qozonchi" })
      }
    })

    it("writes the admin e-mail in the configured language", async () => {
      const order = await placeGuestOrder(api, seed, variantId)
      const rows = await waitForNotifications(getContainer(), order.id, 3)
      const adminMail = fakes.smtp.mails.find((m) =>
        m.to.includes(seed.adminEmail)
      )!
      expect(adminMail.subject).toBe(
        `Новый заказ #${order.display_id} (1 325 000 сум)`
      )
      expect(adminMail.text).toBe(
        `Поступил новый заказ #${order.display_id}.\nПокупатель: Aziz Rahimov\nИтого: 1 325 000 сум`
      )
      expect(
        rows.find((r) => r.template === "admin_order_placed")!.data
      ).toMatchObject({ locale: "ru" })
      // The customer still gets their own language (uz by default).
      const customerMail = fakes.smtp.mails.find((m) =>
        m.to.includes("guest@example.uz")
      )!
      expect(customerMail.subject).toBe(
        `Buyurtma #${order.display_id} qabul qilindi`
      )
    })
  },
})

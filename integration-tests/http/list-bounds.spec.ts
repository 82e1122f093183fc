import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoStore } from "../../src/scripts/seed/seed-demo-store"
import { adminHeaders, registerCustomer } from "../helpers/customers"

jest.setTimeout(180 * 1000)

// The documented largest page of every Bozor list route (README, "Security and limits").
const MAX_PAGE_SIZE = 100

const ADMIN = { email: "admin@bozor.uz", password: "test-admin-pass" }

/** Every Bozor list route refuses a bad page with 400 and serves a full one. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let routes: { url: string; headers: Record<string, string> }[]

    beforeAll(async () => {
      const seed = await seedDemoStore(getContainer(), {
        adminPassword: ADMIN.password,
      })
      const admin = await adminHeaders(api, ADMIN.email, ADMIN.password)
      const { customer, headers: store } = await registerCustomer(
        api,
        seed.publishableKey,
        "pages@bozor.uz"
      )
      const {
        data: { products },
      } = await api.get("/store/products?limit=1", {
        headers: { "x-publishable-api-key": seed.publishableKey },
      })
      routes = [
        { url: `/store/products/${products[0].id}/reviews`, headers: store },
        { url: "/store/customers/me/loyalty", headers: store },
        { url: "/store/customers/me/disputes", headers: store },
        { url: "/admin/reviews", headers: admin },
        { url: "/admin/disputes", headers: admin },
        { url: "/admin/notification-templates", headers: admin },
        { url: `/admin/customers/${customer.id}/loyalty`, headers: admin },
      ]
    })

    it.each([
      ["limit=-1"],
      ["limit=0"],
      ["offset=-5"],
      [`limit=${MAX_PAGE_SIZE + 1}`],
      ["limit=100000"],
      ["limit=abc"],
      ["limit=2.5"],
    ])("answers 400 to ?%s on every list route", async (query) => {
      for (const { url, headers } of routes) {
        const res = await api.get(`${url}?${query}`, {
          headers,
          validateStatus: () => true,
        })
        expect({ url, status: res.status, type: res.data.type }).toEqual({
          url,
          status: 400,
          type: "invalid_data",
        })
      }
    })

    it(`serves a page of ${MAX_PAGE_SIZE} on every list route`, async () => {
      for (const { url, headers } of routes) {
        const res = await api.get(`${url}?limit=${MAX_PAGE_SIZE}&offset=0`, {
          headers,
        })
        expect({ url, status: res.status }).toEqual({ url, status: 200 })
      }
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoStore } from "../../src/scripts/seed/seed-demo-store"
import { registerCustomer } from "../helpers/customers"

jest.setTimeout(180 * 1000)

// Production-like limits for this suite (integration-tests/setup.js raises
// the per-IP ones for the others, which register many customers).
process.env.AUTH_THROTTLE_MAX_FAILURES_PER_ACCOUNT = "10"
process.env.AUTH_THROTTLE_MAX_FAILURES_PER_IP = "20"
process.env.AUTH_THROTTLE_MAX_REQUESTS_PER_IP = "5"

const ADMIN = { email: "admin@bozor.uz", password: "test-admin-pass" }

/** Medusa trusts one proxy hop: each test speaks from its own address. */
const from = (ip: string) => ({
  headers: { "x-forwarded-for": ip },
  validateStatus: () => true,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string

    beforeAll(async () => {
      const seed = await seedDemoStore(getContainer(), {
        adminPassword: ADMIN.password,
      })
      publishableKey = seed.publishableKey
    })

    const login = (email: string, password: string, ip: string) =>
      api.post("/auth/customer/emailpass", { email, password }, from(ip))

    describe("security headers", () => {
      it("hides Express and sends nosniff and frame protection, no HSTS without Secure cookies", async () => {
        const res = await api.get("/store/regions", {
          headers: { "x-publishable-api-key": publishableKey },
        })
        expect(res.status).toBe(200)
        expect(res.headers["x-powered-by"]).toBeUndefined()
        expect(res.headers["x-content-type-options"]).toBe("nosniff")
        expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN")
        expect(res.headers["strict-transport-security"]).toBeUndefined()

        const auth = await api.post(
          "/auth/customer/emailpass",
          {},
          from("10.9.9.9")
        )
        expect(auth.headers["x-powered-by"]).toBeUndefined()
        expect(auth.headers["x-content-type-options"]).toBe("nosniff")
      })
    })

    describe("login throttling", () => {
      it("locks an account after 10 failed logins, even for the right password", async () => {
        const { customer } = await registerCustomer(
          api,
          publishableKey,
          "lock@bozor.uz",
          "right-password-1"
        )
        for (let i = 0; i < 10; i++) {
          const res = await login(
            customer.email,
            "wrong-password",
            "198.18.0.1"
          )
          expect(res.status).toBe(401)
        }
        const refused = await login(
          customer.email,
          "right-password-1",
          "198.18.0.1"
        )
        expect(refused.status).toBe(429)
        expect(refused.data.type).toBe("too_many_requests")
        expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
        expect(refused.data.token).toBeUndefined()

        // From another address too: the limit is the account's.
        const elsewhere = await login(
          customer.email,
          "right-password-1",
          "198.18.0.2"
        )
        expect(elsewhere.status).toBe(429)
      })

      it("counts parallel guesses before they run: at most 10 reach the password check", async () => {
        await registerCustomer(
          api,
          publishableKey,
          "burst@bozor.uz",
          "right-password-1"
        )
        const results = await Promise.all(
          Array.from({ length: 25 }, (_, i) =>
            login("burst@bozor.uz", `guess-${i}`, "198.18.1.1")
          )
        )
        const statuses = results.map((r) => r.status)
        expect(statuses.filter((s) => s === 401)).toHaveLength(10)
        expect(statuses.filter((s) => s === 429)).toHaveLength(15)
      })

      it("forgives failures once the right password is given", async () => {
        await registerCustomer(
          api,
          publishableKey,
          "forgive@bozor.uz",
          "right-password-1"
        )
        for (let i = 0; i < 9; i++) {
          expect(
            (await login("forgive@bozor.uz", "nope", "198.18.2.1")).status
          ).toBe(401)
        }
        const ok = await login(
          "forgive@bozor.uz",
          "right-password-1",
          "198.18.2.1"
        )
        expect(ok.status).toBe(200)
        expect(typeof ok.data.token).toBe("string")
        for (let i = 0; i < 9; i++) {
          expect(
            (await login("forgive@bozor.uz", "nope", "198.18.2.1")).status
          ).toBe(401)
        }
      })

      it("limits failures per IP address across accounts", async () => {
        for (let i = 0; i < 20; i++) {
          const res = await login(`nobody-${i}@bozor.uz`, "x", "198.18.3.1")
          expect(res.status).toBe(401)
        }
        const refused = await login("nobody-20@bozor.uz", "x", "198.18.3.1")
        expect(refused.status).toBe(429)
        expect(refused.data.message).toContain("address")
        // Another address is not affected.
        expect(
          (await login("nobody-20@bozor.uz", "x", "198.18.3.2")).status
        ).toBe(401)
      })

      it("throttles the admin login the same way", async () => {
        for (let i = 0; i < 10; i++) {
          const res = await api.post(
            "/auth/user/emailpass",
            { email: ADMIN.email, password: "wrong" },
            from("198.18.4.1")
          )
          expect(res.status).toBe(401)
        }
        const refused = await api.post(
          "/auth/user/emailpass",
          ADMIN,
          from("198.18.4.1")
        )
        expect(refused.status).toBe(429)
      })

      it("limits registrations per IP address and creates nothing when refused", async () => {
        const statuses: number[] = []
        for (let i = 0; i < 6; i++) {
          const res = await api.post(
            "/auth/customer/emailpass/register",
            { email: `signup-${i}@bozor.uz`, password: "password-123" },
            from("198.18.5.1")
          )
          statuses.push(res.status)
        }
        expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
        const pg = getContainer().resolve(
          ContainerRegistrationKeys.PG_CONNECTION
        )
        const rows = await pg("provider_identity").where({
          entity_id: "signup-5@bozor.uz",
        })
        expect(rows).toHaveLength(0)
      })

      it("limits password-reset requests per IP address", async () => {
        const statuses: number[] = []
        for (let i = 0; i < 6; i++) {
          const res = await api.post(
            "/auth/customer/emailpass/reset-password",
            { identifier: `reset-${i}@bozor.uz` },
            from("198.18.6.1")
          )
          statuses.push(res.status)
        }
        expect(statuses.slice(0, 5).every((s) => s < 300)).toBe(true)
        expect(statuses[5]).toBe(429)
      })
    })
  },
})

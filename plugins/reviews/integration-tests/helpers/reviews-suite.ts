import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { ReviewEvents } from "@bozor/medusa-reviews/types"
import {
  DEMO,
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"

export type Customer = { id: string; token: string; email: string }
export type Emitted = { name: string; data: Record<string, unknown> }

const REVIEW_EVENTS = Object.values(ReviewEvents)

/** What the reviews specs share, filled by the suite's `beforeAll`. */
export type ReviewsSuiteState = {
  seed: SeedResult
  adminHeaders: Record<string, string>
  products: { id: string; handle: string }[]
  productId: string
  mijoz: Customer
  alice: Customer
  bobur: Customer
  /** Review events seen since the current test started. */
  emitted: Emitted[]
}

/**
 * Seeds the demo store, logs in the admin and three customers, records
 * every review event, and returns request helpers. Call it at the top of a
 * `medusaIntegrationTestRunner` suite, before the spec's own hooks.
 */
export function useReviewsSuite(
  api: AxiosInstance,
  getContainer: () => MedusaContainer
) {
  const state = { emitted: [] as Emitted[] } as ReviewsSuiteState

  const pk = () => ({ "x-publishable-api-key": state.seed.publishableKey })
  const as = (c: Customer) => ({
    ...pk(),
    authorization: `Bearer ${c.token}`,
  })
  const call = (p: Promise<any>) => p.catch((e: any) => e.response)

  const pg = () =>
    getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const reviewRows = (where: Record<string, unknown> = {}) =>
    pg()("review")
      .where(where)
      .whereNull("deleted_at")
      .orderBy("created_at")
      .select("*")
  const snapshot = async () => ({
    review: await pg()("review").orderBy("id").select("*"),
    review_stats: await pg()("review_stats").orderBy("id").select("*"),
    review_vote: await pg()("review_vote").orderBy("id").select("*"),
    review_report: await pg()("review_report").orderBy("id").select("*"),
  })

  const writeReview = (
    c: Customer,
    body: Record<string, unknown>,
    product = state.productId
  ) =>
    call(
      api.post(`/store/products/${product}/reviews`, body, { headers: as(c) })
    )

  const moderate = (id: string, body: Record<string, unknown>) =>
    call(
      api.post(`/admin/reviews/${id}`, body, { headers: state.adminHeaders })
    )

  const listStore = (query = "", product = state.productId) =>
    call(
      api.get(`/store/products/${product}/reviews${query}`, {
        headers: pk(),
      })
    )

  async function approvedReview(
    c: Customer,
    rating: number,
    product = state.productId
  ): Promise<string> {
    const res = await writeReview(
      c,
      { rating, content: `Rated ${rating} by ${c.email}` },
      product
    )
    expect(res.status).toBe(201)
    const approved = await moderate(res.data.review.id, {
      status: "approved",
    })
    expect(approved.status).toBe(200)
    return res.data.review.id
  }

  async function registerCustomer(
    email: string,
    first_name: string,
    last_name: string
  ): Promise<Customer> {
    const password = "test-password-1"
    const reg = await api.post("/auth/customer/emailpass/register", {
      email,
      password,
    })
    const created = await api.post(
      "/store/customers",
      { email, first_name, last_name },
      { headers: { ...pk(), authorization: `Bearer ${reg.data.token}` } }
    )
    const login = await api.post("/auth/customer/emailpass", {
      email,
      password,
    })
    return { id: created.data.customer.id, token: login.data.token, email }
  }

  /** Waits (bounded) until `count` events named `name` were seen. */
  async function eventsNamed(name: string, count: number) {
    for (let i = 0; i < 50; i++) {
      const found = state.emitted.filter((e) => e.name === name)
      if (found.length >= count) {
        return found
      }
      await new Promise((r) => setTimeout(r, 50))
    }
    return state.emitted.filter((e) => e.name === name)
  }

  beforeAll(async () => {
    const container = getContainer()
    state.seed = await seedDemoStore(container, {
      adminPassword: "test-admin-pass",
    })
    const admin = await api.post("/auth/user/emailpass", {
      email: state.seed.adminEmail,
      password: "test-admin-pass",
    })
    state.adminHeaders = { authorization: `Bearer ${admin.data.token}` }

    const res = await api.get("/store/products?limit=10&fields=id,handle", {
      headers: pk(),
    })
    state.products = res.data.products
    state.productId = state.products[0].id

    const login = await api.post("/auth/customer/emailpass", {
      email: DEMO.customerEmail,
      password: DEMO.customerPassword,
    })
    const me = await api.get("/store/customers/me", {
      headers: { ...pk(), authorization: `Bearer ${login.data.token}` },
    })
    state.mijoz = {
      id: me.data.customer.id,
      token: login.data.token,
      email: DEMO.customerEmail,
    }
    state.alice = await registerCustomer(
      "alisa@example.uz",
      "Alisa",
      "Karimova"
    )
    state.bobur = await registerCustomer("bobur@example.uz", "Bobur", "Toshev")

    const eventBus = container.resolve(Modules.EVENT_BUS)
    for (const name of REVIEW_EVENTS) {
      eventBus.subscribe(
        name,
        async (event) => {
          state.emitted.push({
            name,
            data: event.data as Record<string, unknown>,
          })
        },
        { subscriberId: `reviews-spec-${name}` }
      )
    }
  })

  beforeEach(async () => {
    // In place: specs hold on to this array.
    state.emitted.length = 0
    // The runner puts the database back between tests behind the cache's
    // back; pages cached by an earlier test must not answer this one.
    const caching = getContainer().resolve(Modules.CACHING, {
      allowUnregistered: true,
    }) as { clear(input: { tags: string[] }): Promise<void> } | undefined
    await caching?.clear({ tags: ["*"] })
  })

  return {
    state,
    pk,
    as,
    call,
    pg,
    reviewRows,
    snapshot,
    writeReview,
    moderate,
    listStore,
    approvedReview,
    eventsNamed,
  }
}

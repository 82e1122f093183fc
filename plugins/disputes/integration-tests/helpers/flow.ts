import { createHash } from "node:crypto"
import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { DisputeEvents } from "@bozor/medusa-disputes/types"
import {
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"
import {
  adminHeaders,
  registerCustomer,
} from "../../../../integration-tests/helpers/customers"
import { createClickMerchantApiFake } from "../../../../integration-tests/fakes/click-merchant-api"

export const ADMIN_PASSWORD = "disputes-admin-pass"
// 1 × Qozon (650 000 so'm) + Tashkent courier (25 000 so'm).
export const ORDER_TOTAL = 675000

/**
 * Click (issue #4) stands in for a payment provider that refuses a refund.
 * Call at module level: its env must be set before the runner loads
 * medusa-config.ts, and its fake Merchant API listens in a beforeAll
 * registered before the runner's.
 */
export function useClickRefusalProvider() {
  const CLICK = {
    CLICK_SERVICE_ID: "30001",
    CLICK_MERCHANT_ID: "20001",
    CLICK_MERCHANT_USER_ID: "40001",
    CLICK_SECRET_KEY: "click-dispute-secret",
    CLICK_TEST_MODE: "true",
  }
  const savedEnv: Record<string, string | undefined> = {}
  for (const key of [...Object.keys(CLICK), "CLICK_API_URL"]) {
    savedEnv[key] = process.env[key]
  }
  Object.assign(process.env, CLICK)
  const clickFake = createClickMerchantApiFake({
    serviceId: CLICK.CLICK_SERVICE_ID,
    merchantUserId: CLICK.CLICK_MERCHANT_USER_ID,
    secretKey: CLICK.CLICK_SECRET_KEY,
  })
  beforeAll(async () => {
    process.env.CLICK_API_URL = await clickFake.listen()
  })
  afterAll(async () => {
    await clickFake.close()
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  })

  // Click SHOP API signatures (spec §2.4), computed here independently of src/.
  const md5 = (s: string) => createHash("md5").update(s).digest("hex")
  function clickFields(sessionId: string, n: number, prepareId?: string) {
    const f: Record<string, string> = {
      click_trans_id: String(2190000000 + n),
      service_id: CLICK.CLICK_SERVICE_ID,
      click_paydoc_id: String(3190000000 + n),
      merchant_trans_id: sessionId,
      amount: "675000.00",
      action: prepareId ? "1" : "0",
      error: "0",
      error_note: "Success",
      sign_time: "2026-11-23 12:00:00",
    }
    if (prepareId) f.merchant_prepare_id = prepareId
    f.sign_string = md5(
      f.click_trans_id +
        f.service_id +
        CLICK.CLICK_SECRET_KEY +
        f.merchant_trans_id +
        (prepareId ?? "") +
        f.amount +
        f.action +
        f.sign_time
    )
    return f
  }
  return { CLICK, clickFake, clickFields }
}

type RunnerArgs = {
  api: AxiosInstance
  getContainer: () => MedusaContainer
  dbConnection: { raw: (sql: string, bindings?: any) => Promise<any> }
}

/**
 * Shared set-up of the disputes specs: seeds the demo store, records the
 * dispute events, logs the admin in before each test, and returns helpers
 * to place orders and open disputes. `ctx` is filled in the hooks.
 */
export function useDisputesFlow({
  api,
  getContainer,
  dbConnection,
}: RunnerArgs) {
  const ctx = {
    seed: undefined as unknown as SeedResult,
    variantId: "",
    admin: {} as Record<string, string>,
  }
  const events: { name: string; data: any }[] = []

  const rows = (sql: string, bindings: unknown[] = []) =>
    dbConnection.raw(sql, bindings).then((r: any) => r.rows)
  const error = (p: Promise<unknown>) =>
    p
      .then((r: any) => ({ status: r.status, data: r.data }))
      .catch((e: any) => e.response)
  const disputeRow = async (id: string) =>
    (await rows("SELECT * FROM dispute WHERE id = ?", [id]))[0]
  const transitionsOf = (id: string) =>
    rows(
      `SELECT from_status, to_status, actor_type, actor_id, note
         FROM dispute_transition WHERE dispute_id = ? ORDER BY created_at, id`,
      [id]
    )
  async function eventsNamed(name: string, count: number) {
    for (let i = 0; i < 100; i++) {
      const found = events.filter((e) => e.name === name)
      if (found.length >= count) return found
      await new Promise((r) => setTimeout(r, 50))
    }
    return events.filter((e) => e.name === name)
  }

  beforeAll(async () => {
    const container = getContainer()
    ctx.seed = await seedDemoStore(container, { adminPassword: ADMIN_PASSWORD })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [variant],
    } = await query.graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { sku: "QOZON-STANDART" },
    })
    ctx.variantId = variant.id
    const eventBus = container.resolve(Modules.EVENT_BUS)
    for (const name of Object.values(DisputeEvents)) {
      eventBus.subscribe(
        name,
        async (msg: any) => {
          events.push({ name, data: msg.data })
        },
        { subscriberId: `disputes-spec-${name}` }
      )
    }
  })

  beforeEach(async () => {
    events.length = 0
    ctx.admin = await adminHeaders(api, ctx.seed.adminEmail, ADMIN_PASSWORD)
  })

  let customerCount = 0
  const customer = () =>
    registerCustomer(
      api,
      ctx.seed.publishableKey,
      `buyer${++customerCount}-${Date.now()}@example.uz`
    )

  /** A completed order of the customer, paid with pp_system_default (authorized). */
  async function orderOf(c: { customer: { email: string }; headers: any }) {
    const { cartId } = await prepareCart(api, {
      publishableKey: ctx.seed.publishableKey,
      regionId: ctx.seed.regionUzId,
      variantId: ctx.variantId,
      email: c.customer.email,
      shippingOption: "Toshkent bo'ylab kuryer",
    })
    await api.post(
      `/store/carts/${cartId}/customer`,
      {},
      { headers: c.headers }
    )
    const res = await api.post(
      `/store/carts/${cartId}/complete`,
      {},
      { headers: c.headers }
    )
    expect(res.data.type).toBe("order")
    const order = res.data.order
    const [payment] = await rows(
      `SELECT p.id FROM payment p
         JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id
        WHERE opc.order_id = ? AND p.deleted_at IS NULL`,
      [order.id]
    )
    return { id: order.id as string, paymentId: payment.id as string }
  }

  async function capture(paymentId: string, amount?: number) {
    await capturePaymentWorkflow(getContainer()).run({
      input: { payment_id: paymentId, amount },
    })
  }

  async function openDispute(
    c: { headers: any },
    orderId: string,
    body: Record<string, unknown> = {}
  ) {
    const res = await api.post(
      `/store/orders/${orderId}/disputes`,
      {
        reason: "damaged",
        description: "The qozon arrived cracked.",
        ...body,
      },
      { headers: c.headers }
    )
    return res.data.dispute
  }

  const review = (id: string) =>
    api.post(`/admin/disputes/${id}/review`, {}, { headers: ctx.admin })

  return {
    ctx,
    events,
    rows,
    error,
    disputeRow,
    transitionsOf,
    eventsNamed,
    customer,
    orderOf,
    capture,
    openDispute,
    review,
  }
}

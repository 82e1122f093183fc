import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  seedDemoStore,
  SeedResult,
} from "../../src/scripts/seed/seed-demo-store"
import { TASHKENT_ADDRESS } from "./checkout"
import { adminHeaders, registerCustomer } from "./customers"

/** Program the loyalty specs run with (module options come from env at boot). */
export const LOYALTY_TEST_ENV: Record<string, string> = {
  LOYALTY_EARN_RATES: JSON.stringify({ uzs: { points: 1, per: 1000 } }),
  LOYALTY_POINT_VALUES: JSON.stringify({ uzs: 100 }),
  LOYALTY_MAX_REDEEM_SHARE: "0.5",
  LOYALTY_TIERS: JSON.stringify([
    { name: "bronze", threshold: 0, multiplier: 1 },
    { name: "silver", threshold: 1000, multiplier: 2 },
  ]),
  LOYALTY_EXPIRY_MONTHS: "12",
  LOYALTY_EXPIRY_NOTICE_DAYS: "14",
}

/**
 * Sets the loyalty env for this spec file (call at module level, before the
 * runner boots the app) and restores the previous values after it.
 */
export function useLoyaltyEnv() {
  const previous: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(LOYALTY_TEST_ENV)) {
    previous[k] = process.env[k]
    process.env[k] = v
  }
  afterAll(() => {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  })
}

export type Headers = Record<string, string>

type RunnerArgs = {
  api: AxiosInstance
  getContainer: () => MedusaContainer
  dbConnection: { raw: (sql: string, bindings?: any) => Promise<any> }
}

/** `{ status, data }` of a request, whether it succeeded or not. */
export const outcome = (p: Promise<unknown>) =>
  p.then(
    (r: any) => ({ status: r.status as number, data: r.data }),
    (e: any) => ({
      status: e.response?.status as number,
      data: e.response?.data,
    })
  )

/**
 * Shared set-up of the loyalty specs: seeds the demo store in `beforeAll`
 * and returns helpers to register customers, build ready-to-complete carts
 * and read the ledger.
 */
export function loyaltyHarness(
  { api, getContainer, dbConnection }: RunnerArgs,
  adminPassword = "loyalty-admin-pass"
) {
  const ctx = {
    seed: undefined as unknown as SeedResult,
    admin: {} as Headers,
    variantBySku: {} as Record<string, string>,
  }

  beforeAll(async () => {
    ctx.seed = await seedDemoStore(getContainer(), { adminPassword })
    ctx.admin = await adminHeaders(api, ctx.seed.adminEmail, adminPassword)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "sku"],
    })
    ctx.variantBySku = Object.fromEntries(data.map((v: any) => [v.sku, v.id]))
  })

  const rows = (sql: string, bindings: unknown[] = []): Promise<any[]> =>
    dbConnection.raw(sql, bindings).then((r: any) => r.rows)

  const ledger = (customerId: string) =>
    rows(
      `SELECT * FROM loyalty_transaction WHERE customer_id = ? AND deleted_at IS NULL ORDER BY created_at, id`,
      [customerId]
    )

  const balanceOf = async (customerId: string) => {
    const [a] = await rows(
      `SELECT balance FROM loyalty_account WHERE customer_id = ?`,
      [customerId]
    )
    return a ? Number(a.balance) : 0
  }

  async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean) {
    let value = await read()
    for (let i = 0; i < 100 && !ok(value); i++) {
      await new Promise((r) => setTimeout(r, 100))
      value = await read()
    }
    return value
  }

  const customer = (email: string) =>
    registerCustomer(api, ctx.seed.publishableKey, email)

  const adjust = (customerId: string, body: Record<string, unknown>) =>
    api.post(`/admin/customers/${customerId}/loyalty/adjustments`, body, {
      headers: ctx.admin,
    })

  /** A fresh payment session on the cart's (refreshed) payment collection. */
  async function payWithSystem(headers: Headers, cartId: string) {
    const {
      data: { cart },
    } = await api.get(
      `/store/carts/${cartId}?fields=id,total,*payment_collection`,
      { headers }
    )
    const paymentCollectionId =
      cart.payment_collection?.id ??
      (
        await api.post(
          "/store/payment-collections",
          { cart_id: cartId },
          { headers }
        )
      ).data.payment_collection.id
    await api.post(
      `/store/payment-collections/${paymentCollectionId}/payment-sessions`,
      { provider_id: "pp_system_default" },
      { headers }
    )
  }

  /** A cart of the logged-in customer, ready to complete (pp_system_default). */
  async function customerCart(headers: Headers, sku: string, quantity = 1) {
    const {
      data: { cart },
    } = await api.post(
      "/store/carts",
      {
        region_id: ctx.seed.regionUzId,
        items: [{ variant_id: ctx.variantBySku[sku], quantity }],
      },
      { headers }
    )
    await api.post(
      `/store/carts/${cart.id}`,
      {
        shipping_address: TASHKENT_ADDRESS,
        billing_address: TASHKENT_ADDRESS,
      },
      { headers }
    )
    const {
      data: { shipping_options },
    } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, {
      headers,
    })
    await api.post(
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id: shipping_options[0].id },
      { headers }
    )
    await payWithSystem(headers, cart.id)
    return cart.id as string
  }

  return {
    ctx,
    rows,
    ledger,
    balanceOf,
    waitFor,
    customer,
    adjust,
    customerCart,
    payWithSystem,
  }
}

import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import {
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"

// Shared setup of the Payme callback specs (payme-callbacks, payme-protocol,
// payme-concurrency): provider env, constants, seed and JSON-RPC helpers.

// The provider is registered from these when medusa-config.ts is evaluated,
// which happens when the runner boots: set them first, restore them after.
export const ENV = {
  PAYME_MERCHANT_ID: "5e730e8e0b852a417aa49ceb",
  PAYME_SECRET_KEY: "test-key-Zp8&qU2#",
  PAYME_TEST_MODE: "true",
  PAYME_RETURN_URL: "https://shop.bozor.uz/checkout/payme",
  PAYME_LANGUAGE: "ru",
  PAYME_CALLBACK_TIMEOUT_MS: "15000",
}

/** Sets the Payme env now (module scope, before the runner boots) and restores it after the file. */
export function usePaymeEnv() {
  const previousEnv: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(ENV)) {
    previousEnv[key] = process.env[key]
    process.env[key] = value
  }
  afterAll(() => {
    for (const [key, value] of Object.entries(previousEnv)) {
      if (value === undefined) {
        delete process.env[key]
      } else {
        process.env[key] = value
      }
    }
  })
}

export const PROVIDER = "pp_payme_payme"
export const TWELVE_HOURS = 43_200_000
export const basic = (login: string, key: string) =>
  `Basic ${Buffer.from(`${login}:${key}`).toString("base64")}`
export const AUTH = basic("Paycom", ENV.PAYME_SECRET_KEY)
// 650 000 so'm cauldron + 25 000 so'm Tashkent courier, in tiyin.
export const QOZON_TOTAL_TIYIN = (650000 + 25000) * 100

let paymeIdSeq = 0
/** A 24-char Payme-style id, unique per call. */
export const paymeId = () =>
  (Date.now().toString(16) + (++paymeIdSeq).toString(16).padStart(6, "0"))
    .padStart(24, "a")
    .slice(-24)

/** Seeds the demo store with Payme as a Uzbek payment provider. */
export const seedPayme = (container: MedusaContainer): Promise<SeedResult> =>
  seedDemoStore(container, { uzPaymentProviders: [PROVIDER] })

/** The suite's helpers, bound to its `api`, container and seed. */
export function paymeHelpers(
  api: AxiosInstance,
  getContainer: () => MedusaContainer,
  getSeed: () => SeedResult
) {
  let rpcSeq = 0

  /** One Payme call, as Payme makes it. Returns the JSON-RPC body (HTTP 200 asserted). */
  async function rpc(
    method: string,
    params: Record<string, unknown>,
    options: { auth?: string | null; id?: number | string } = {}
  ) {
    const id = options.id ?? ++rpcSeq
    const headers: Record<string, string> = {}
    const auth = options.auth === undefined ? AUTH : options.auth
    if (auth !== null) {
      headers.authorization = auth
    }
    const res = await api.post(
      "/hooks/payme",
      { jsonrpc: "2.0", id, method, params },
      {
        headers,
        validateStatus: () => true,
      }
    )
    expect(res.status).toBe(200)
    expect(res.data.id).toEqual(id)
    return res.data
  }

  async function variantId(sku = "QOZON-STANDART") {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [variant],
    } = await query.graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { sku },
    })
    return variant.id as string
  }

  /** A cart with a Payme session: the account Payme pays and its amount. */
  async function paymeCart(quantity = 1) {
    const seed = getSeed()
    const prepared = await prepareCart(api, {
      publishableKey: seed.publishableKey,
      regionId: seed.regionUzId,
      variantId: await variantId(),
      quantity,
      providerId: PROVIDER,
      shippingOption: "Toshkent bo'ylab kuryer",
    })
    const session = prepared.paymentCollection.payment_sessions[0]
    return {
      ...prepared,
      session,
      account: { order_id: session.id },
      amount: (650000 * quantity + 25000) * 100,
    }
  }

  const pg = () =>
    getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const txRows = (filter: Record<string, unknown> = {}) =>
    pg()("payme_transaction").where(filter).orderBy("created_at")

  async function orderOfCart(cartId: string) {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order_cart",
      fields: ["order_id"],
      filters: { cart_id: cartId },
    })
    return data
  }

  async function paymentOfSession(sessionId: string) {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "payment",
      fields: [
        "id",
        "amount",
        "captured_at",
        "captures.amount",
        "refunds.amount",
        "data",
      ],
      filters: { payment_session_id: sessionId },
    })
    return data
  }

  async function createAndPerform(cart: Awaited<ReturnType<typeof paymeCart>>) {
    const id = paymeId()
    const created = await rpc("CreateTransaction", {
      id,
      time: Date.now(),
      amount: cart.amount,
      account: cart.account,
    })
    expect(created.result.state).toBe(1)
    const performed = await rpc("PerformTransaction", { id })
    expect(performed.result.state).toBe(2)
    return { id, created: created.result, performed: performed.result }
  }

  return {
    rpc,
    variantId,
    paymeCart,
    pg,
    txRows,
    orderOfCart,
    paymentOfSession,
    createAndPerform,
  }
}

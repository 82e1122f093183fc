import { createHash } from "node:crypto"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"
import { createClickMerchantApiFake } from "../../../../integration-tests/fakes/click-merchant-api"

// Shared setup of the Click HTTP specs (issue #4).
export const SERVICE_ID = "30001"
export const MERCHANT_ID = "20001"
export const MERCHANT_USER_ID = "40001"
export const SECRET = "click-test-secret"
export const RETURN_URL = "https://shop.example.uz/checkout/click-return"
export const CLICK_ENV: Record<string, string> = {
  CLICK_SERVICE_ID: SERVICE_ID,
  CLICK_MERCHANT_ID: MERCHANT_ID,
  CLICK_MERCHANT_USER_ID: MERCHANT_USER_ID,
  CLICK_SECRET_KEY: SECRET,
  CLICK_RETURN_URL: RETURN_URL,
  CLICK_TEST_MODE: "true",
}

export const fake = createClickMerchantApiFake({
  serviceId: SERVICE_ID,
  merchantUserId: MERCHANT_USER_ID,
  secretKey: SECRET,
})

/**
 * Sets the Click env for medusa-config.ts and starts the fake Merchant API.
 * Call it at the top of the spec, before `medusaIntegrationTestRunner`: the
 * env must be set before the runner loads the config (in its own beforeAll),
 * and this beforeAll, registered first, sets the fake's URL.
 */
export function useClickEnv() {
  const savedEnv: Record<string, string | undefined> = {}
  for (const key of [...Object.keys(CLICK_ENV), "CLICK_API_URL"]) {
    savedEnv[key] = process.env[key]
  }
  Object.assign(process.env, CLICK_ENV)

  beforeAll(async () => {
    process.env.CLICK_API_URL = await fake.listen()
  })

  afterAll(async () => {
    await fake.close()
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) {
        delete process.env[key]
      } else {
        process.env[key] = value
      }
    }
  })
}

export const ADMIN_PASSWORD = "click-admin-pass"
// 1 × Qozon (650 000 so'm) + Tashkent courier (25 000 so'm).
export const CART_TOTAL = 675000
export const CLICK_TOTAL = "675000.00"

export type Fields = Record<string, string>

// Computed here from the spec (§2.4), independently of src/.
const md5 = (s: string) => createHash("md5").update(s).digest("hex")
export const prepareSign = (f: Fields, secret = SECRET) =>
  md5(
    f.click_trans_id +
      f.service_id +
      secret +
      f.merchant_trans_id +
      f.amount +
      f.action +
      f.sign_time
  )
export const completeSign = (f: Fields, secret = SECRET) =>
  md5(
    f.click_trans_id +
      f.service_id +
      secret +
      f.merchant_trans_id +
      f.merchant_prepare_id +
      f.amount +
      f.action +
      f.sign_time
  )

let nextId = 0
const newClickId = () => String(2090000000 + ++nextId * 101)

export function prepareRequest(
  merchantTransId: string,
  overrides: Fields = {}
) {
  const f: Fields = {
    click_trans_id: newClickId(),
    service_id: SERVICE_ID,
    click_paydoc_id: String(3090000000 + nextId),
    merchant_trans_id: merchantTransId,
    amount: CLICK_TOTAL,
    action: "0",
    error: "0",
    error_note: "Success",
    sign_time: "2026-11-23 12:00:00",
    ...overrides,
  }
  f.sign_string = prepareSign(f)
  return f
}

export function completeRequest(
  prepared: Fields,
  merchantPrepareId: number | string,
  overrides: Fields = {}
) {
  const f: Fields = {
    ...prepared,
    merchant_prepare_id: String(merchantPrepareId),
    action: "1",
    sign_time: "2026-11-23 12:01:00",
    ...overrides,
  }
  delete f.sign_string
  f.sign_string = completeSign(f)
  return f
}

/**
 * Seeds the demo store with Click for Uzbekistan (beforeAll), resets the fake
 * before each test, and returns the helpers the Click specs share. Call it
 * inside `testSuite`.
 */
export function useClickKit(api: any, getContainer: () => MedusaContainer) {
  let seed: SeedResult
  let variantId: string

  beforeAll(async () => {
    seed = await seedDemoStore(getContainer(), {
      adminPassword: ADMIN_PASSWORD,
      uzPaymentProviders: ["pp_click_click"],
    })
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [variant],
    } = await query.graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { sku: "QOZON-STANDART" },
    })
    variantId = variant.id
  })

  beforeEach(() => {
    fake.reset()
  })

  const pg = () =>
    getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

  const clickRows = (where: Record<string, unknown> = {}) =>
    pg()("click_transaction").where(where).orderBy("prepare_id")

  /** Posts form-urlencoded as Click does; every answer is HTTP 200 with an integer error. */
  async function click(step: "prepare" | "complete", fields: Fields) {
    const res = await api.post(
      `/hooks/click/${step}`,
      new URLSearchParams(fields).toString(),
      {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        validateStatus: () => true,
      }
    )
    expect(res.status).toBe(200)
    expect(Number.isInteger(res.data.error)).toBe(true)
    return res.data
  }

  /** A cart ready to pay with Click; merchant_trans_id is its session id. */
  async function clickCart() {
    const { cartId, paymentCollection, headers } = await prepareCart(api, {
      publishableKey: seed.publishableKey,
      regionId: seed.regionUzId,
      variantId,
      quantity: 1,
      shippingOption: "Toshkent bo'ylab kuryer",
      providerId: "pp_click_click",
    })
    const session = paymentCollection.payment_sessions[0]
    return { cartId, session, headers, merchantTransId: session.id as string }
  }

  async function preparedCart() {
    const cart = await clickCart()
    const prep = prepareRequest(cart.merchantTransId)
    const answer = await click("prepare", prep)
    expect(answer.error).toBe(0)
    return { ...cart, prep, prepareId: answer.merchant_prepare_id as number }
  }

  async function orderOfCart(cartId: string) {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order_cart",
      fields: ["order_id"],
      filters: { cart_id: cartId },
    })
    return data[0]?.order_id as string | undefined
  }

  async function paidCart() {
    const cart = await preparedCart()
    const answer = await click(
      "complete",
      completeRequest(cart.prep, cart.prepareId)
    )
    expect(answer.error).toBe(0)
    const orderId = await orderOfCart(cart.cartId)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    }: { data: any[] } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "total",
        "payment_collections.status",
        "payment_collections.payments.id",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.data",
      ],
      filters: { id: orderId },
    })
    return {
      ...cart,
      order,
      payment: order.payment_collections[0].payments[0],
    }
  }

  async function adminHeaders() {
    const { data } = await api.post("/auth/user/emailpass", {
      email: seed.adminEmail,
      password: ADMIN_PASSWORD,
    })
    return { authorization: `Bearer ${data.token}` }
  }

  async function refundsOf(paymentId: string) {
    return pg()("refund").where({ payment_id: paymentId })
  }

  return {
    seed: () => seed,
    variantId: () => variantId,
    pg,
    clickRows,
    click,
    clickCart,
    preparedCart,
    orderOfCart,
    paidCart,
    adminHeaders,
    refundsOf,
  }
}

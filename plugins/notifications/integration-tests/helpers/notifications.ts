import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import {
  DEMO,
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"
import {
  EskizFake,
  startEskizFake,
} from "../../../../integration-tests/fakes/eskiz"
import {
  PlayMobileFake,
  startPlayMobileFake,
} from "../../../../integration-tests/fakes/playmobile"
import {
  SmtpSink,
  startSmtpSink,
} from "../../../../integration-tests/fakes/smtp"
import { retryFailedNotificationsWorkflow } from "@bozor/medusa-notifications/workflows"

// Shared setup of the notification specs (notifications, notifications-delivery,
// notifications-settings): local provider fakes, env, seed and helpers.

export const ESKIZ = { email: "shop@bozor.uz", password: "eskiz-test-password" }
export const PLAYMOBILE = {
  login: "bozor",
  password: "playmobile-test-password",
}
export const CALLBACK_SECRET = "cb-secret-1234567890"

export type Fakes = {
  eskiz: EskizFake
  playmobile: PlayMobileFake
  smtp: SmtpSink
  /** Restores the env and closes the fakes. */
  stop: () => Promise<void>
}

/**
 * Starts the Eskiz, PlayMobile and SMTP fakes and points the providers' env at
 * them. Call from a file-level `beforeAll` declared before
 * `medusaIntegrationTestRunner`: medusa-config.ts is evaluated in the runner's
 * beforeAll, so the fakes and env must exist first.
 */
export async function startFakes(): Promise<Fakes> {
  const savedEnv: Record<string, string | undefined> = {}
  const eskiz = await startEskizFake(ESKIZ)
  const playmobile = await startPlayMobileFake(PLAYMOBILE)
  const smtp = await startSmtpSink()
  const env: Record<string, string> = {
    ESKIZ_EMAIL: ESKIZ.email,
    ESKIZ_PASSWORD: ESKIZ.password,
    ESKIZ_FROM: "BOZOR",
    ESKIZ_API_URL: eskiz.url,
    ESKIZ_CALLBACK_URL: "http://localhost:9000/hooks/eskiz/status",
    ESKIZ_CALLBACK_SECRET: CALLBACK_SECRET,
    SMS_TIMEOUT_MS: "1500",
    PLAYMOBILE_LOGIN: PLAYMOBILE.login,
    PLAYMOBILE_PASSWORD: PLAYMOBILE.password,
    PLAYMOBILE_ORIGINATOR: "BOZOR",
    PLAYMOBILE_API_URL: playmobile.url,
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: "Bozor <no-reply@bozor.uz>",
  }
  for (const [k, v] of Object.entries(env)) {
    savedEnv[k] = process.env[k]
    process.env[k] = v
  }
  return {
    eskiz,
    playmobile,
    smtp,
    stop: async () => {
      for (const [k, v] of Object.entries(savedEnv)) {
        if (v === undefined) {
          delete process.env[k]
        } else {
          process.env[k] = v
        }
      }
      await Promise.all([eskiz?.close(), playmobile?.close(), smtp?.close()])
    },
  }
}

export type NotificationRow = {
  id: string
  to: string
  channel: string
  template: string
  status: string
  external_id: string | null
  idempotency_key: string | null
  provider_id: string | null
  trigger_type: string | null
  resource_id: string | null
  receiver_id: string | null
  original_notification_id: string | null
  data: Record<string, unknown> | null
}

export async function notificationsFor(
  container: MedusaContainer,
  resourceId: string
): Promise<NotificationRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "notification",
    fields: [
      "id",
      "to",
      "channel",
      "template",
      "status",
      "external_id",
      "idempotency_key",
      "provider_id",
      "trigger_type",
      "resource_id",
      "receiver_id",
      "original_notification_id",
      "data",
    ],
    filters: { resource_id: resourceId },
  })
  return data as NotificationRow[]
}

/** Polls (bounded) until `count` notifications of the resource have left `pending`. */
export async function waitForNotifications(
  container: MedusaContainer,
  resourceId: string,
  count: number
) {
  let rows: NotificationRow[] = []
  for (let i = 0; i < 100; i++) {
    rows = await notificationsFor(container, resourceId)
    if (rows.length >= count && rows.every((r) => r.status !== "pending")) {
      return rows
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(
    `Expected ${count} notifications for ${resourceId}, got ${JSON.stringify(rows, null, 2)}`
  )
}

export async function customerToken(
  api: AxiosInstance,
  email = DEMO.customerEmail,
  password = DEMO.customerPassword
) {
  const { data } = await api.post("/auth/customer/emailpass", {
    email,
    password,
  })
  return data.token as string
}

/** Seeds the demo store; returns it with the QOZON-STANDART variant the orders buy. */
export async function seedNotifications(container: MedusaContainer) {
  const seed = await seedDemoStore(container, {
    adminPassword: "test-admin-pass",
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id"],
    filters: { sku: "QOZON-STANDART" },
  })
  return { seed, variantId: data[0].id as string }
}

/** The suite's helpers, bound to its `api`, container, seed and variant. */
export function notificationHelpers(
  api: AxiosInstance,
  getContainer: () => MedusaContainer,
  getSeed: () => { seed: SeedResult; variantId: string }
) {
  /** Completes a checkout; as the demo customer when `token` is given, as a guest otherwise. */
  async function placeOrder(opts: { token?: string; email?: string } = {}) {
    const { seed, variantId } = getSeed()
    const { cartId, headers } = await prepareCart(api, {
      publishableKey: seed.publishableKey,
      regionId: seed.regionUzId,
      variantId,
      quantity: 2,
      email:
        opts.email ?? (opts.token ? DEMO.customerEmail : "guest@example.uz"),
      shippingOption: "Toshkent bo'ylab kuryer",
    })
    if (opts.token) {
      await api.post(
        `/store/carts/${cartId}/customer`,
        {},
        { headers: { ...headers, authorization: `Bearer ${opts.token}` } }
      )
    }
    const res = await api.post(
      `/store/carts/${cartId}/complete`,
      {},
      { headers }
    )
    expect(res.data.type).toBe("order")
    return res.data.order as { id: string; display_id: number }
  }

  async function adminHeaders() {
    const { seed } = getSeed()
    const { data } = await api.post("/auth/user/emailpass", {
      email: seed.adminEmail,
      password: "test-admin-pass",
    })
    return { authorization: `Bearer ${data.token}` }
  }

  async function smsRows(orderId: string) {
    return (await notificationsFor(getContainer(), orderId)).filter(
      (r) => r.channel === "sms"
    )
  }

  async function deliveryOf(notificationId: string) {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "notification_delivery",
      fields: ["route", "external_id", "status", "status_at", "sms_count"],
      filters: { notification_id: notificationId },
    })
    return data[0]
  }

  /** The delivery row is written by the step after the send: poll for it (bounded). */
  async function waitForDelivery(notificationId: string) {
    for (let i = 0; i < 100; i++) {
      const delivery = await deliveryOf(notificationId)
      if (delivery) {
        return delivery
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`No delivery record for ${notificationId}`)
  }

  async function runRetry(now: Date) {
    const { result } = await retryFailedNotificationsWorkflow(
      getContainer()
    ).run({
      input: {
        max_attempts: 4,
        base_delay_seconds: 300,
        max_age_hours: 48,
        batch_size: 100,
        now: now.toISOString(),
      },
    })
    return result
  }

  return {
    placeOrder,
    adminHeaders,
    smsRows,
    deliveryOf,
    waitForDelivery,
    runRetry,
  }
}

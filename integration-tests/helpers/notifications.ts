import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { EskizFake, startEskizFake } from "../fakes/eskiz"
import { PlayMobileFake, startPlayMobileFake } from "../fakes/playmobile"
import { SmtpSink, startSmtpSink } from "../fakes/smtp"
import { prepareCart } from "./checkout"

export const ESKIZ_CREDENTIALS = {
  email: "shop@bozor.uz",
  password: "eskiz-test-password",
}
export const ESKIZ_CALLBACK_SECRET = "callback-secret-for-tests-0123"
export const ESKIZ_CALLBACK_BASE = "http://localhost:9000/hooks/eskiz/status"

export type NotificationFakes = {
  readonly eskiz: EskizFake
  readonly playmobile: PlayMobileFake
  readonly smtp: SmtpSink
}

/**
 * Starts the Eskiz, PlayMobile and SMTP fakes for the spec file and points
 * the notification providers at them (plus `env`). Call at the top of a spec,
 * before `medusaIntegrationTestRunner`: medusa-config.ts reads the env when
 * the runner boots, after this file's first hook. Each test starts with
 * empty fakes.
 */
export function useNotificationFakes(
  env: Record<string, string> = {}
): NotificationFakes {
  let eskiz: EskizFake
  let playmobile: PlayMobileFake
  let smtp: SmtpSink
  const saved: Record<string, string | undefined> = {}
  beforeAll(async () => {
    eskiz = await startEskizFake(ESKIZ_CREDENTIALS)
    playmobile = await startPlayMobileFake({
      login: "bozor",
      password: "playmobile-test-password",
    })
    smtp = await startSmtpSink()
    const all: Record<string, string> = {
      ESKIZ_EMAIL: ESKIZ_CREDENTIALS.email,
      ESKIZ_PASSWORD: ESKIZ_CREDENTIALS.password,
      ESKIZ_FROM: "BOZOR",
      ESKIZ_API_URL: eskiz.url,
      ESKIZ_CALLBACK_URL: ESKIZ_CALLBACK_BASE,
      ESKIZ_CALLBACK_SECRET,
      SMS_TIMEOUT_MS: "1500",
      PLAYMOBILE_LOGIN: "bozor",
      PLAYMOBILE_PASSWORD: "playmobile-test-password",
      PLAYMOBILE_API_URL: playmobile.url,
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: "Bozor <no-reply@bozor.uz>",
      ...env,
    }
    for (const [k, v] of Object.entries(all)) {
      saved[k] = process.env[k]
      process.env[k] = v
    }
  })
  beforeEach(() => {
    eskiz.reset()
    playmobile.reset()
    smtp.reset()
  })
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) {
        delete process.env[k]
      } else {
        process.env[k] = v
      }
    }
    await Promise.all([eskiz?.close(), playmobile?.close(), smtp?.close()])
  })
  return {
    get eskiz() {
      return eskiz
    },
    get playmobile() {
      return playmobile
    },
    get smtp() {
      return smtp
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
  data: Record<string, unknown> | null
}

/** Polls (bounded) until `count` notifications of the resource have left `pending`. */
export async function waitForNotifications(
  container: MedusaContainer,
  resourceId: string,
  count: number
): Promise<NotificationRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let rows: NotificationRow[] = []
  for (let i = 0; i < 100; i++) {
    const { data } = await query.graph({
      entity: "notification",
      fields: [
        "id",
        "to",
        "channel",
        "template",
        "status",
        "external_id",
        "data",
      ],
      filters: { resource_id: resourceId },
    })
    rows = data as NotificationRow[]
    if (rows.length >= count && rows.every((r) => r.status !== "pending")) {
      return rows
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(
    `Expected ${count} notifications for ${resourceId}, got ${JSON.stringify(rows, null, 2)}`
  )
}

export type DeliveryRow = {
  id: string
  route: string
  external_id: string | null
  status: string | null
  status_at: Date | null
  sms_count: number | null
  updated_at: Date
}

/** The notification's delivery record, polled (bounded): the sending workflow writes it right after the send. */
export async function waitForDelivery(
  container: MedusaContainer,
  notificationId: string
): Promise<DeliveryRow> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  for (let i = 0; i < 100; i++) {
    const [row] = await pg("notification_delivery")
      .where({ notification_id: notificationId })
      .select(
        "id",
        "route",
        "external_id",
        "status",
        "status_at",
        "sms_count",
        "updated_at"
      )
    if (row) {
      return row as DeliveryRow
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`No delivery record for ${notificationId}`)
}

/** Completes a guest checkout of the demo store (Tashkent address) and returns the order. */
export async function placeGuestOrder(
  api: AxiosInstance,
  seed: { publishableKey: string; regionUzId: string },
  variantId: string
): Promise<{ id: string; display_id: number }> {
  const { cartId, headers } = await prepareCart(api, {
    publishableKey: seed.publishableKey,
    regionId: seed.regionUzId,
    variantId,
    quantity: 2,
    email: "guest@example.uz",
    shippingOption: "Toshkent bo'ylab kuryer",
  })
  const res = await api.post(`/store/carts/${cartId}/complete`, {}, { headers })
  if (res.data.type !== "order") {
    throw new Error(`Cart ${cartId} did not complete`)
  }
  return res.data.order
}

import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  EskizFake,
  startEskizFake,
} from "../../../../integration-tests/fakes/eskiz"
import {
  PlayMobileFake,
  startPlayMobileFake,
} from "../../../../integration-tests/fakes/playmobile"

export const ESKIZ_CREDENTIALS = {
  email: "shop@bozor.uz",
  password: "eskiz-test-password",
}
export const PLAYMOBILE_CREDENTIALS = {
  login: "bozor",
  password: "playmobile-test-password",
}
export const ESKIZ_CALLBACK_SECRET = "callback-secret-for-tests-0123"
export const ESKIZ_CALLBACK_BASE = "http://localhost:9000/hooks/eskiz/status"

export type EskizFakes = {
  readonly eskiz: EskizFake
  readonly playmobile: PlayMobileFake
}

/**
 * Starts the Eskiz and PlayMobile fakes for the spec file and points the
 * provider and the plugin at them through the env medusa-config.ts reads.
 * Call at the top of a spec, before `medusaIntegrationTestRunner`: the config
 * is evaluated when the runner boots, after this file's first hook. Each
 * test starts with empty fakes.
 */
export function useEskizFakes(env: Record<string, string> = {}): EskizFakes {
  let eskiz: EskizFake
  let playmobile: PlayMobileFake
  const saved: Record<string, string | undefined> = {}
  beforeAll(async () => {
    eskiz = await startEskizFake(ESKIZ_CREDENTIALS)
    playmobile = await startPlayMobileFake(PLAYMOBILE_CREDENTIALS)
    const all: Record<string, string> = {
      ESKIZ_EMAIL: ESKIZ_CREDENTIALS.email,
      ESKIZ_PASSWORD: ESKIZ_CREDENTIALS.password,
      ESKIZ_FROM: "BOZOR",
      ESKIZ_API_URL: eskiz.url,
      ESKIZ_CALLBACK_URL: ESKIZ_CALLBACK_BASE,
      ESKIZ_CALLBACK_SECRET,
      SMS_TIMEOUT_MS: "1500",
      PLAYMOBILE_LOGIN: PLAYMOBILE_CREDENTIALS.login,
      PLAYMOBILE_PASSWORD: PLAYMOBILE_CREDENTIALS.password,
      PLAYMOBILE_ORIGINATOR: "BOZOR",
      PLAYMOBILE_API_URL: playmobile.url,
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
  })
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) {
        delete process.env[k]
      } else {
        process.env[k] = v
      }
    }
    await Promise.all([eskiz?.close(), playmobile?.close()])
  })
  return {
    get eskiz() {
      return eskiz
    },
    get playmobile() {
      return playmobile
    },
  }
}

export type SmsRow = {
  id: string
  to: string
  channel: string
  status: string
  provider_id: string | null
  external_id: string | null
}

/**
 * Sends one SMS the way any Medusa code does, through the core notification
 * module (channel `sms` → this plugin's provider), and returns its stored row
 * (also when the send failed: the module then throws after storing it).
 */
export async function sendSms(
  container: MedusaContainer,
  input: { to: string; text: string; key: string }
): Promise<SmsRow> {
  const notifications = container.resolve(Modules.NOTIFICATION)
  await notifications
    .createNotifications({
      to: input.to,
      channel: "sms",
      template: "eskiz-test",
      content: { text: input.text },
      idempotency_key: input.key,
    })
    .catch(() => undefined)
  const [row] = await notifications.listNotifications(
    { idempotency_key: input.key } as Parameters<
      typeof notifications.listNotifications
    >[0],
    { select: ["id", "to", "channel", "status", "provider_id", "external_id"] }
  )
  if (!row) {
    throw new Error(`No notification stored for ${input.key}`)
  }
  return row as SmsRow
}

/** The stored Eskiz tokens (`eskiz_token`, this plugin's table). */
export async function eskizTokens(
  container: MedusaContainer
): Promise<{ id: string; key: string; token: string; expires_at: Date }[]> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return pg("eskiz_token")
    .whereNull("deleted_at")
    .select("id", "key", "token", "expires_at")
}

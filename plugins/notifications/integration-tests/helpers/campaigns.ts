import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

// Shared setup of the campaign specs: customers inserted in bulk SQL (a
// campaign's audience is thousands of them; workflows would take minutes).

type Pg = {
  raw: (
    sql: string,
    bindings?: readonly unknown[]
  ) => Promise<{ rows: Record<string, unknown>[] }>
}

export function pg(container: MedusaContainer): Pg {
  return container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Pg
}

/**
 * Inserts `count` customers `<prefix>-<i>@bulk.uz` with phone
 * `+99890<i, 7 digits>`, all in a new customer group, with marketing
 * preferences: SMS and e-mail accepted except where `optedOut(i)`.
 */
export async function insertCustomers(
  container: MedusaContainer,
  input: {
    prefix: string
    count: number
    optedOut?: (i: number) => boolean
    locale?: (i: number) => "uz" | "ru" | "en"
  }
) {
  const db = pg(container)
  const groupId = `cusgroup_${input.prefix}`
  await db.raw(`insert into customer_group (id, name) values (?, ?)`, [
    groupId,
    `Bulk ${input.prefix}`,
  ])
  const ids: string[] = []
  const CHUNK = 5000
  for (let start = 0; start < input.count; start += CHUNK) {
    const n = Math.min(CHUNK, input.count - start)
    const idx = Array.from({ length: n }, (_, k) => start + k)
    const chunkIds = idx.map((i) => `cus_${input.prefix}_${i}`)
    ids.push(...chunkIds)
    await db.raw(
      `insert into customer (id, email, phone, first_name, has_account, metadata)
       select v.id, v.email, v.phone, v.first_name, true, jsonb_build_object('locale', v.locale)
       from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as v(id, email, phone, first_name, locale)`,
      [
        chunkIds,
        idx.map((i) => `${input.prefix}-${i}@bulk.uz`),
        idx.map((i) => `+99890${String(i).padStart(7, "0")}`),
        idx.map((i) => `Mijoz${i}`),
        idx.map((i) => input.locale?.(i) ?? "uz"),
      ]
    )
    await db.raw(
      `insert into customer_group_customer (id, customer_id, customer_group_id)
       select 'cusgc_' || v.id, v.id, ? from unnest(?::text[]) as v(id)`,
      [groupId, chunkIds]
    )
    await db.raw(
      `insert into notification_preference (id, customer_id, sms_marketing, email_marketing, push_marketing)
       select 'npref_' || v.id, v.id, v.accepts, v.accepts, false
       from unnest(?::text[], ?::boolean[]) as v(id, accepts)`,
      [chunkIds, idx.map((i) => !(input.optedOut?.(i) ?? false))]
    )
  }
  return { groupId, ids }
}

/** 12:00 and 23:00 in Tashkent (UTC+5) on a fixed day. */
export const TASHKENT_NOON = new Date("2026-12-02T07:00:00Z")
export const TASHKENT_NIGHT = new Date("2026-12-02T18:00:00Z")
export const TASHKENT_MORNING = new Date("2026-12-03T03:30:00Z")

export const SMS_TEXTS = {
  uz: "{{store_name}}: {{customer_name}}, bugun barcha qozonlarga -20%!",
  ru: "{{store_name}}: {{customer_name}}, сегодня на все казаны -20%!",
  en: "{{store_name}}: {{customer_name}}, all pots 20% off today!",
}

export const EMAIL_TEXTS = {
  uz: {
    subject: "Chegirma -20%",
    body: "Salom, {{customer_name}}! Bugun -20%.",
  },
  ru: {
    subject: "Скидка -20%",
    body: "Здравствуйте, {{customer_name}}! Сегодня -20%.",
  },
  en: { subject: "20% off", body: "Hello {{customer_name}}! 20% off today." },
}

import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { NOTIFICATION_SCHEDULING_MODULE } from "../../../modules/notification-scheduling"
import type NotificationSchedulingModuleService from "../../../modules/notification-scheduling/service"
import type {
  CampaignLocale,
  CampaignMessages,
  ClaimedRecipient,
  RecipientResult,
} from "../../../modules/notification-scheduling/types"
import { NOTIFICATION_PREFERENCES_MODULE } from "../../../modules/notification-preferences"
import type NotificationPreferencesModuleService from "../../../modules/notification-preferences/service"
import { NOTIFICATION_TEMPLATES_MODULE } from "../../../modules/notification-templates"
import type NotificationTemplatesModuleService from "../../../modules/notification-templates/service"
import { renderTemplate } from "../../../modules/notification-templates/render"
import { pickLocale } from "../../notifications/steps/prepare-order-notifications"

export const prepareCampaignMessagesStepId =
  "notifications-prepare-campaign-messages-step"

export type PreparedCampaignMessage = {
  recipient_id: string
  notification: CreateNotificationDTO
}

export type PreparedCampaignBatch = {
  messages: PreparedCampaignMessage[]
  /** Recipients decided without sending: opted out, no phone, no e-mail. */
  skipped: RecipientResult[]
}

/** The notification key of one recipient: one message per campaign, customer and channel, ever. */
export const campaignKey = (r: {
  campaign_id: string
  customer_id: string
  channel: string
}) => `campaign:${r.campaign_id}:${r.customer_id}:${r.channel}`

const MARKETING_FIELD = {
  sms: "sms_marketing",
  email: "email_marketing",
  push: "push_marketing",
} as const

type Customer = {
  id: string
  email: string | null
  phone: string | null
  first_name: string | null
  last_name: string | null
  metadata: Record<string, unknown> | null
}

/**
 * Decides each claimed recipient: skipped when the customer no longer
 * accepts marketing on that channel (default: not accepted), has no phone
 * (SMS) or e-mail, or was deleted; otherwise the message in the customer's
 * language, SMS with the opt-out line. Read-only.
 */
export const prepareCampaignMessagesStep = createStep(
  prepareCampaignMessagesStepId,
  async (claimed: ClaimedRecipient[], { container }) => {
    const batch: PreparedCampaignBatch = { messages: [], skipped: [] }
    if (!claimed.length) {
      return new StepResponse(batch)
    }
    const scheduling: NotificationSchedulingModuleService = container.resolve(
      NOTIFICATION_SCHEDULING_MODULE
    )
    const preferences: NotificationPreferencesModuleService = container.resolve(
      NOTIFICATION_PREFERENCES_MODULE
    )
    const templates: NotificationTemplatesModuleService = container.resolve(
      NOTIFICATION_TEMPLATES_MODULE
    )
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const customerIds = [...new Set(claimed.map((c) => c.customer_id))]
    const campaignIds = [...new Set(claimed.map((c) => c.campaign_id))]
    const [campaigns, { data: customers }, prefs] = await Promise.all([
      scheduling.listNotificationCampaigns(
        { id: campaignIds },
        { select: ["id", "messages"] }
      ),
      query.graph({
        entity: "customer",
        fields: ["id", "email", "phone", "first_name", "last_name", "metadata"],
        filters: { id: customerIds },
      }),
      preferences.listNotificationPreferences(
        { customer_id: customerIds },
        {
          select: [
            "customer_id",
            "sms_marketing",
            "email_marketing",
            "push_marketing",
          ],
        }
      ),
    ])
    const campaignById = new Map(campaigns.map((c) => [c.id, c]))
    const customerById = new Map(
      (customers as Customer[]).map((c) => [c.id, c])
    )
    const prefByCustomer = new Map(prefs.map((p) => [p.customer_id, p]))
    const policy = scheduling.getCampaignPolicy()
    const storeName = templates.getStoreName()

    const skip = (id: string, reason: string) =>
      batch.skipped.push({
        id,
        status: "skipped",
        reason,
        notification_id: null,
      })

    for (const r of claimed) {
      const customer = customerById.get(r.customer_id)
      const messages = campaignById.get(r.campaign_id)?.messages as
        CampaignMessages | undefined
      if (!customer) {
        skip(r.id, "customer_not_found")
        continue
      }
      const pref = prefByCustomer.get(customer.id)
      if (!pref?.[MARKETING_FIELD[r.channel]]) {
        skip(r.id, "opted_out")
        continue
      }
      const locale = pickLocale({ customer }) as CampaignLocale
      const name = [customer.first_name, customer.last_name]
        .filter(Boolean)
        .join(" ")
      const vars = {
        store_name: storeName,
        customer_name:
          name ||
          (locale === "ru"
            ? "покупатель"
            : locale === "en"
              ? "customer"
              : "mijoz"),
      }
      const common = {
        channel: r.channel,
        template: "campaign",
        receiver_id: customer.id,
        trigger_type: "notification_campaign",
        resource_type: "notification_campaign",
        resource_id: r.campaign_id,
        idempotency_key: campaignKey(r),
      }
      if (r.channel === "sms") {
        const sms = messages?.sms?.[locale]
        if (!customer.phone) {
          skip(r.id, "no_phone")
          continue
        }
        if (!sms) {
          skip(r.id, "no_message")
          continue
        }
        // Marketing SMS always end with how to opt out (the `marketingSmsOptOut` option).
        const optOut = renderTemplate({ body: policy.smsOptOut[locale] }, vars)
        const text = `${renderTemplate({ body: sms }, vars).text}\n${optOut.text}`
        batch.messages.push({
          recipient_id: r.id,
          notification: {
            ...common,
            to: customer.phone,
            content: { text },
            data: { locale, marketing: true, text },
          },
        })
      } else if (r.channel === "email") {
        const email = messages?.email?.[locale]
        if (!customer.email) {
          skip(r.id, "no_email")
          continue
        }
        if (!email) {
          skip(r.id, "no_message")
          continue
        }
        const content = renderTemplate(
          { subject: email.subject, body: email.body },
          vars
        )
        batch.messages.push({
          recipient_id: r.id,
          notification: {
            ...common,
            to: customer.email,
            content,
            data: { locale, marketing: true, ...content },
          },
        })
      } else {
        const push = messages?.push
        if (!push?.[locale]) {
          skip(r.id, "no_message")
          continue
        }
        // Every language, so the provider can show each device its own.
        const pushTexts = Object.fromEntries(
          (Object.keys(push) as CampaignLocale[]).map((l) => {
            const rendered = renderTemplate(
              { subject: push[l].title, body: push[l].body },
              vars
            )
            return [l, { title: rendered.subject, body: rendered.text }]
          })
        )
        const own = pushTexts[locale]
        batch.messages.push({
          recipient_id: r.id,
          notification: {
            ...common,
            // The push provider sends to the customer's registered devices.
            to: customer.id,
            content: { subject: own.title, text: own.body },
            data: {
              locale,
              marketing: true,
              subject: own.title,
              text: own.body,
              push_texts: pushTexts,
            },
          },
        })
      }
    }
    return new StepResponse(batch)
  }
)

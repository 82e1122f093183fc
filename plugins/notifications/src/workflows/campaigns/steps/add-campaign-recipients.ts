import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_SCHEDULING_MODULE } from "../../../modules/notification-scheduling"
import type NotificationSchedulingModuleService from "../../../modules/notification-scheduling/service"
import { NOTIFICATION_PREFERENCES_MODULE } from "../../../modules/notification-preferences"
import type NotificationPreferencesModuleService from "../../../modules/notification-preferences/service"

export const addCampaignRecipientsStepId =
  "notifications-add-campaign-recipients-step"

/** Customers read per page while building the recipient list. */
const PAGE = 2000

type Campaign = {
  id: string
  audience: "marketing" | "customer_group"
  customer_group_id: string | null
  channels: unknown
}

/**
 * Builds the recipient list (customer × channel, `pending`): every customer
 * who accepts marketing on at least one of the campaign's channels, or every
 * member of the group. Whether each one may get it is decided again when it
 * is sent (preferences can change in between). Pages by id, so 100,000
 * customers never sit in memory at once. Compensation deletes the list.
 */
export const addCampaignRecipientsStep = createStep(
  addCampaignRecipientsStepId,
  async (campaign: Campaign, { container }) => {
    const service: NotificationSchedulingModuleService = container.resolve(
      NOTIFICATION_SCHEDULING_MODULE
    )
    const channels = campaign.channels as string[]
    let total = 0
    let after = ""
    for (;;) {
      let ids: string[]
      if (campaign.audience === "customer_group") {
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "customer",
          fields: ["id"],
          filters: {
            id: { $gt: after },
            groups: { id: campaign.customer_group_id! },
          },
          pagination: { take: PAGE, skip: 0, order: { id: "ASC" } },
        })
        ids = data.map((c) => c.id)
      } else {
        const preferences: NotificationPreferencesModuleService =
          container.resolve(NOTIFICATION_PREFERENCES_MODULE)
        const rows = await preferences.listNotificationPreferences(
          {
            customer_id: { $gt: after },
            $or: [
              ...(channels.includes("sms") ? [{ sms_marketing: true }] : []),
              ...(channels.includes("email")
                ? [{ email_marketing: true }]
                : []),
              ...(channels.includes("push") ? [{ push_marketing: true }] : []),
            ],
          },
          {
            select: ["customer_id"],
            take: PAGE,
            order: { customer_id: "ASC" },
          }
        )
        ids = rows.map((r) => r.customer_id)
      }
      if (!ids.length) {
        break
      }
      total += await service.addCampaignRecipients(campaign.id, ids, channels)
      after = ids[ids.length - 1]
      if (ids.length < PAGE) {
        break
      }
    }
    return new StepResponse(total, campaign.id)
  },
  async (campaignId, { container }) => {
    if (!campaignId) {
      return
    }
    const service: NotificationSchedulingModuleService = container.resolve(
      NOTIFICATION_SCHEDULING_MODULE
    )
    await service.deleteNotificationCampaignRecipients({
      campaign_id: campaignId,
    })
  }
)

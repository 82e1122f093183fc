import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { NOTIFICATION_SCHEDULING_MODULE } from "../../../modules/notification-scheduling"
import type NotificationSchedulingModuleService from "../../../modules/notification-scheduling/service"
import { ADMIN_CAMPAIGN_FIELDS } from "./query-config"

/** Campaigns with their progress (recipients per status, in all and per channel). */
export async function campaignsWithProgress(
  scope: MedusaContainer,
  filters: Record<string, unknown>,
  page: { offset: number; limit: number }
) {
  const service: NotificationSchedulingModuleService = scope.resolve(
    NOTIFICATION_SCHEDULING_MODULE
  )
  const [campaigns, count] = await service.listAndCountNotificationCampaigns(
    filters,
    {
      select: [...ADMIN_CAMPAIGN_FIELDS],
      skip: page.offset,
      take: page.limit,
      order: { created_at: "DESC" },
    }
  )
  const progress = await service.campaignProgress(campaigns.map((c) => c.id))
  return {
    campaigns: campaigns.map((c) => ({ ...c, progress: progress[c.id] })),
    count,
  }
}

/** One campaign with its progress (404 when unknown). */
export async function campaignWithProgress(scope: MedusaContainer, id: string) {
  const { campaigns } = await campaignsWithProgress(
    scope,
    { id },
    { offset: 0, limit: 1 }
  )
  if (!campaigns[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Campaign with id ${id} was not found.`
    )
  }
  return campaigns[0]
}

import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { NOTIFICATION_SCHEDULING_MODULE } from "../../../../../modules/notification-scheduling"
import type NotificationSchedulingModuleService from "../../../../../modules/notification-scheduling/service"
import { campaignWithProgress } from "../../helpers"
import type { AdminListCampaignRecipientsType } from "../../validators"

/** `GET /admin/notification-campaigns/:id/recipients`: per-recipient results (customer × channel). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListCampaignRecipientsType>,
  res: MedusaResponse
) => {
  // 404 for an unknown campaign.
  await campaignWithProgress(req.scope, req.params.id)
  const { offset, limit, status, channel } = req.validatedQuery
  const service: NotificationSchedulingModuleService = req.scope.resolve(
    NOTIFICATION_SCHEDULING_MODULE
  )
  const [recipients, count] =
    await service.listAndCountNotificationCampaignRecipients(
      {
        campaign_id: req.params.id,
        ...(status ? { status } : {}),
        ...(channel ? { channel } : {}),
      },
      {
        select: [
          "id",
          "customer_id",
          "channel",
          "status",
          "reason",
          "notification_id",
          "attempted_at",
        ],
        skip: offset,
        take: limit,
        order: { id: "ASC" },
      }
    )
  res.json({ recipients, count, offset, limit })
}

import { LoyaltyEvents } from "../modules/loyalty/events"
import { LOYALTY_NOTIFICATION_TEMPLATES } from "./templates"
import type { NotificationRequest } from "./types"

/**
 * The customer's "points expire soon" message: one per customer and expiry
 * date (the date is part of its key), whatever the number of runs.
 */
export function expiryNoticeRequest(notice: {
  customer_id: string
  points: number
  expires_at: string | Date
}): NotificationRequest {
  const expiresOn = new Date(notice.expires_at).toISOString().slice(0, 10)
  return {
    kind: "loyalty_points_expiring",
    audience: "customer",
    customer_id: notice.customer_id,
    event_name: LoyaltyEvents.POINTS_EXPIRING,
    resource_type: "customer",
    resource_id: notice.customer_id,
    source_id: `${notice.customer_id}:${expiresOn}`,
    variables: { points: String(notice.points), expires_on: expiresOn },
    templates: LOYALTY_NOTIFICATION_TEMPLATES.loyalty_points_expiring,
  }
}

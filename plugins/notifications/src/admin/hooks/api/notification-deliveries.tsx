import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import type { NotificationDelivery } from "../../lib/types"

export type DeliveriesQuery = {
  limit: number
  offset: number
  status?: string
  channel?: string
}

/** A page of the delivery log, newest first. */
export const useNotificationDeliveries = (query: DeliveriesQuery) =>
  useQuery({
    queryKey: ["bozor-notification-deliveries", query],
    placeholderData: keepPreviousData,
    queryFn: () =>
      sdk.client.fetch<{
        notification_deliveries: NotificationDelivery[]
        count: number
      }>("/admin/notification-deliveries", { query }),
  })

import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import type { Campaign, CampaignInput } from "../../lib/types"

const KEY = "bozor-notification-campaigns"

/** A page of campaigns with their progress; refreshed every 2 s while one is running. */
export const useNotificationCampaigns = (query: {
  limit: number
  offset: number
}) =>
  useQuery({
    queryKey: [KEY, query],
    placeholderData: keepPreviousData,
    queryFn: () =>
      sdk.client.fetch<{ campaigns: Campaign[]; count: number }>(
        "/admin/notification-campaigns",
        { query }
      ),
    refetchInterval: (q) =>
      q.state.data?.campaigns.some((c) => c.status === "running")
        ? 2000
        : false,
  })

/** Customer groups to pick an audience from. */
export const useCustomerGroups = () =>
  useQuery({
    queryKey: ["bozor-campaign-customer-groups"],
    queryFn: () =>
      sdk.client.fetch<{ customer_groups: { id: string; name: string }[] }>(
        "/admin/customer-groups",
        { query: { limit: 100, fields: "id,name" } }
      ),
  })

export const useCreateCampaign = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: CampaignInput) =>
      sdk.client.fetch<{ campaign: Campaign }>(
        "/admin/notification-campaigns",
        { method: "POST", body }
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: [KEY] }),
  })
}

export const useCampaignAction = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({
      id,
      action,
    }: {
      id: string
      action: "start" | "pause" | "resume" | "cancel"
    }) =>
      sdk.client.fetch<{ campaign: Campaign }>(
        `/admin/notification-campaigns/${id}/${action}`,
        { method: "POST", body: {} }
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: [KEY] }),
  })
}

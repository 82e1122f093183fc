import {
  useMutation,
  useQuery,
  useQueryClient,
  keepPreviousData,
} from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import type {
  DisputeDetail,
  DisputeListResponse,
  DisputeStatus,
} from "../../lib/types"

const DISPUTES_KEY = "bozor_disputes"

/** Order fields the inbox and the order widget show beside each dispute. */
const LIST_FIELDS =
  "+order.id,+order.display_id,+order.email,+order.currency_code,+order.total"

export type DisputeListQuery = {
  limit: number
  offset: number
  status?: DisputeStatus
  order_id?: string
}

export const disputeKeys = {
  all: [DISPUTES_KEY] as const,
  list: (q: DisputeListQuery) => [DISPUTES_KEY, "list", q] as const,
  detail: (id: string) => [DISPUTES_KEY, "detail", id] as const,
}

export function useDisputes(q: DisputeListQuery) {
  return useQuery({
    queryKey: disputeKeys.list(q),
    queryFn: () =>
      sdk.client.fetch<DisputeListResponse>("/admin/disputes", {
        query: { ...q, fields: LIST_FIELDS, order: "-created_at" },
      }),
    placeholderData: keepPreviousData,
  })
}

export function useDispute(id: string) {
  return useQuery({
    queryKey: disputeKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<{ dispute: DisputeDetail }>(`/admin/disputes/${id}`),
  })
}

type DisputeResponse = { dispute: DisputeDetail }

/** A POST on one dispute; the answer is the dispute as it now is. */
function useDisputeAction<TBody extends Record<string, unknown>>(
  id: string,
  action: string
) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: TBody) =>
      sdk.client.fetch<DisputeResponse>(`/admin/disputes/${id}/${action}`, {
        method: "POST",
        body,
      }),
    onSuccess: ({ dispute }) => {
      client.setQueryData(disputeKeys.detail(id), { dispute })
      client.invalidateQueries({ queryKey: [DISPUTES_KEY, "list"] })
    },
    // A refused refund is recorded on the dispute (`last_refund_error`).
    onError: () =>
      client.invalidateQueries({ queryKey: disputeKeys.detail(id) }),
  })
}

export const useAddDisputeMessage = (id: string) =>
  useDisputeAction<{ body: string; visibility: "public" | "internal" }>(
    id,
    "messages"
  )

export const useReviewDispute = (id: string) =>
  useDisputeAction<{ note?: string }>(id, "review")

export type ResolveDisputeBody =
  | { decision: "refund"; amount: number; note: string }
  | { decision: "reject"; note: string }

export const useResolveDispute = (id: string) =>
  useDisputeAction<ResolveDisputeBody>(id, "resolve")

import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

export type DriverStatus = "pending" | "under_review" | "approved" | "rejected"

export type Driver = {
  id: string
  email: string
  first_name: string
  last_name: string | null
  phone: string | null
  status: DriverStatus
  is_active: boolean
  available: boolean
  vehicle_type: string | null
  vehicle_model: string | null
  vehicle_plate: string | null
  license_number: string | null
  review_reason: string | null
  last_location_at: string | null
  created_at: string
}

export type DriverDetail = Driver & {
  documents: {
    id: string
    kind: string
    url: string
    filename: string | null
    created_at: string
  }[]
  reviews: {
    id: string
    from_status: string
    to_status: string
    reason: string | null
    actor_type: string
    created_at: string
  }[]
  stats: {
    deliveries: number
    delivered: number
    failed: number
    completion_rate: number | null
    on_time_rate: number | null
    rating_count: number
    rating_average: number | null
  }
  earnings: {
    currency_code: string
    total_earned: number
    unpaid: number
    paid: number
    payouts: {
      id: string
      amount: number
      status: "pending" | "paid"
      paid_at: string | null
      reference: string | null
      created_at: string
    }[]
  }
}

export type BoardCard = {
  id: string
  status: string
  order_id: string
  order_display_id: number | null
  driver: { id: string; name: string } | null
  distance_km: number | null
  due_at: string | null
  created_at: string
  late: boolean
}

export type DeliveryDetail = {
  id: string
  status: string
  order_id: string
  order: { id: string; display_id: number; email: string } | null
  driver: Driver | null
  address: Record<string, string | null> | null
  distance_km: number | null
  due_at: string | null
  failure_reason: string | null
  late: boolean
  events: {
    id: string
    type: string
    from_status: string | null
    to_status: string | null
    driver_id: string | null
    reason: string | null
    actor_type: string
    created_at: string
  }[]
  offers: {
    id: string
    driver_id: string
    status: string
    expires_at: string
  }[]
  rating: { rating: number; comment: string | null } | null
}

const keys = {
  drivers: (q: Record<string, unknown>) => ["bozor-delivery", "drivers", q],
  driver: (id: string) => ["bozor-delivery", "driver", id],
  board: ["bozor-delivery", "board"],
  delivery: (id: string) => ["bozor-delivery", "delivery", id],
}

export function useDrivers(query: {
  status?: DriverStatus
  limit: number
  offset: number
}) {
  return useQuery({
    queryKey: keys.drivers(query),
    queryFn: () =>
      sdk.client.fetch<{ drivers: Driver[]; count: number }>("/admin/drivers", {
        query,
      }),
    placeholderData: keepPreviousData,
  })
}

export function useDriver(id: string) {
  return useQuery({
    queryKey: keys.driver(id),
    queryFn: () =>
      sdk.client.fetch<{ driver: DriverDetail }>(`/admin/drivers/${id}`),
  })
}

export function useDispatchBoard() {
  return useQuery({
    queryKey: keys.board,
    queryFn: () =>
      sdk.client.fetch<{
        board: {
          unassigned: BoardCard[]
          in_progress: BoardCard[]
          late: BoardCard[]
        }
      }>("/admin/deliveries/board"),
    refetchInterval: 15_000,
  })
}

export function useDelivery(id: string) {
  return useQuery({
    queryKey: keys.delivery(id),
    queryFn: () =>
      sdk.client.fetch<{ delivery: DeliveryDetail }>(`/admin/deliveries/${id}`),
  })
}

/** Invalidates everything of this plugin after a change. */
function useDone() {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: ["bozor-delivery"] })
}

export function useReviewDriver(id: string) {
  const done = useDone()
  return useMutation({
    mutationFn: (body: { decision: "approve" | "reject"; reason?: string }) =>
      sdk.client.fetch<{ driver: DriverDetail }>(
        `/admin/drivers/${id}/review`,
        { method: "POST", body }
      ),
    onSuccess: done,
  })
}

export function useSetDriverActive(id: string) {
  const done = useDone()
  return useMutation({
    mutationFn: (is_active: boolean) =>
      sdk.client.fetch(`/admin/drivers/${id}`, {
        method: "POST",
        body: { is_active },
      }),
    onSuccess: done,
  })
}

export function useCreatePayout(id: string) {
  const done = useDone()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/drivers/${id}/payouts`, { method: "POST" }),
    onSuccess: done,
  })
}

export function useMarkPayoutPaid(id: string) {
  const done = useDone()
  return useMutation({
    mutationFn: (payout_id: string) =>
      sdk.client.fetch(`/admin/drivers/${id}/payouts/${payout_id}/paid`, {
        method: "POST",
        body: {},
      }),
    onSuccess: done,
  })
}

export function useAssignDelivery(id: string) {
  const done = useDone()
  return useMutation({
    mutationFn: (driver_id: string) =>
      sdk.client.fetch(`/admin/deliveries/${id}/assign`, {
        method: "POST",
        body: { driver_id },
      }),
    onSuccess: done,
  })
}

export function useAutoDispatch(id: string) {
  const done = useDone()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/deliveries/${id}/dispatch`, {
        method: "POST",
        body: {},
      }),
    onSuccess: done,
  })
}

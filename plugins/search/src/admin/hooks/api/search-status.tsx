import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

export type SearchSyncSummary = {
  job_id: string
  status: "pending" | "processing" | "done" | "failed" | "canceled"
  documents_synced: number
  started_at: string | null
  completed_at: string | null
  error: string | null
}

export type SearchStatus = {
  enabled: boolean
  index: {
    name: string
    provider: string
    status: "pending" | "building" | "ready" | "error"
    active_version: number | null
  } | null
  documents: number | null
  products: number
  last_sync: SearchSyncSummary | null
  reindex: { running: boolean }
  meilisearch: {
    host: string
    reachable: boolean
    pending_tasks: number | null
    error: string | null
  } | null
}

export type ReindexStarted = {
  job_id: string
  started_at: string
  index: string
}

export const searchStatusQueryKey = ["bozor-search", "status"]

export function useSearchStatus(refetchInterval: number | false) {
  return useQuery({
    queryKey: searchStatusQueryKey,
    queryFn: () =>
      sdk.client.fetch<{ search: SearchStatus }>("/admin/search/status"),
    select: (data) => data.search,
    refetchInterval,
  })
}

/** Starts a reindex; a 409 (one already running) resolves to `null`. */
export function useStartReindex() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (): Promise<ReindexStarted | null> => {
      try {
        return await sdk.client.fetch<ReindexStarted>("/admin/search/reindex", {
          method: "POST",
          body: {},
        })
      } catch (e) {
        if ((e as { status?: number }).status === 409) {
          return null
        }
        throw e
      }
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: searchStatusQueryKey }),
  })
}

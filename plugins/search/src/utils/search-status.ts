import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { isReindexRunning } from "./reindex-lock"
import {
  MeilisearchHealth,
  meilisearchHealth,
  meilisearchOptions,
} from "./meilisearch-health"

export const PRODUCT_INDEX = "product"

export type SearchSyncSummary = {
  job_id: string
  status: "processing" | "done" | "failed" | "canceled" | "pending"
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
    status: string
    active_version: number | null
  } | null
  documents: number | null
  products: number
  last_sync: SearchSyncSummary | null
  reindex: { running: boolean }
  meilisearch: MeilisearchHealth | null
}

type Knex = (table: string) => any

const iso = (value: unknown) =>
  value ? new Date(value as string).toISOString() : null

/**
 * The last sync job of an index: the Search Module keeps its runs in its own
 * `search_index_sync` table (a bulk pass, then a catch-up pass with the same
 * job id) and exposes no service for them, so they are read directly.
 */
async function lastSync(
  knex: Knex,
  index: string
): Promise<SearchSyncSummary | null> {
  const rows: any[] = await knex("search_index_sync as s")
    .join("search_index_version as v", "v.id", "s.search_index_version_id")
    .join("search_index as i", "i.id", "v.search_index_id")
    .where("i.name", index)
    .whereNull("s.deleted_at")
    .orderBy("s.created_at", "desc")
    .limit(10)
    .select(
      "s.job_id",
      "s.status",
      "s.documents_synced",
      "s.started_at",
      "s.completed_at",
      "s.error",
      "s.created_at"
    )
  if (!rows.length) {
    return null
  }
  const job = rows[0].job_id
  const runs = rows.filter((row) => row.job_id === job).reverse()
  const bulk = runs[0]
  const failed = runs.find((row) => row.status === "failed")
  const unfinished = runs.some(
    (row) => row.status === "processing" || row.status === "pending"
  )
  const status = failed
    ? "failed"
    : unfinished
      ? "processing"
      : runs[runs.length - 1].status
  return {
    job_id: job,
    status,
    documents_synced: Number(bulk.documents_synced ?? 0),
    started_at: iso(bulk.started_at ?? bulk.created_at),
    completed_at:
      status === "processing" ? null : iso(runs[runs.length - 1].completed_at),
    error: failed?.error ?? null,
  }
}

async function activeVersion(knex: Knex, index: string) {
  const [row] = await knex("search_index")
    .where("name", index)
    .whereNull("deleted_at")
    .select("active_version")
  return row?.active_version ?? null
}

export async function readSearchStatus(
  container: MedusaContainer
): Promise<SearchStatus> {
  const search = container.resolve(Modules.SEARCH, {
    allowUnregistered: true,
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({
    entity: "product",
    fields: ["id"],
    pagination: { take: 1, skip: 0 },
  })
  const products = Number(metadata?.count ?? 0)

  if (!search) {
    return {
      enabled: false,
      index: null,
      documents: null,
      products,
      last_sync: null,
      reindex: { running: false },
      meilisearch: null,
    }
  }

  const knex = container.resolve(
    ContainerRegistrationKeys.PG_CONNECTION
  ) as Knex
  const info = (await search.listIndexes()).find(
    (entry) => entry.name === PRODUCT_INDEX
  )
  const [documents, last_sync, active_version, running] = await Promise.all([
    search
      .search({
        entity: PRODUCT_INDEX,
        fields: ["id"],
        pagination: { take: 1 },
      })
      .then((result) => result.metadata?.count ?? null)
      .catch(() => null),
    lastSync(knex, PRODUCT_INDEX),
    activeVersion(knex, PRODUCT_INDEX),
    isReindexRunning(container),
  ])

  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const meili = info?.provider === "meilisearch" && meilisearchOptions(config)

  return {
    enabled: true,
    index: info
      ? {
          name: info.name,
          provider: info.provider,
          status: info.status,
          active_version,
        }
      : null,
    documents,
    products,
    last_sync,
    reindex: { running },
    meilisearch: meili ? await meilisearchHealth(meili) : null,
  }
}

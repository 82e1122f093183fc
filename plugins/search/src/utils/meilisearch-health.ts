import type { ConfigModule } from "@medusajs/framework/types"

export type MeilisearchHealth = {
  host: string
  reachable: boolean
  /** Enqueued and processing tasks; null when Meilisearch did not answer. */
  pending_tasks: number | null
  error: string | null
}

type ProviderEntry = { resolve?: unknown; id?: string; options?: any }

/**
 * The Meilisearch provider's options, read from the Search Module's entry in
 * the app's configuration (the plugin takes none of its own).
 */
export function meilisearchOptions(
  config: ConfigModule
): { host: string; apiKey?: string } | undefined {
  const modules = Object.values(config.modules ?? {}) as any[]
  for (const entry of modules) {
    const providers = (entry?.options?.providers ?? []) as ProviderEntry[]
    for (const provider of providers) {
      const resolve =
        typeof provider.resolve === "string" ? provider.resolve : ""
      if (
        resolve.includes("search-meilisearch") &&
        typeof provider.options?.host === "string"
      ) {
        return { host: provider.options.host, apiKey: provider.options.apiKey }
      }
    }
  }
  return undefined
}

const TIMEOUT_MS = 3000

/** `GET /health` and the count of unfinished tasks (`GET /tasks`). */
export async function meilisearchHealth(options: {
  host: string
  apiKey?: string
}): Promise<MeilisearchHealth> {
  const base = options.host.replace(/\/+$/, "")
  const headers: Record<string, string> = options.apiKey
    ? { authorization: `Bearer ${options.apiKey}` }
    : {}
  const health: MeilisearchHealth = {
    host: base,
    reachable: false,
    pending_tasks: null,
    error: null,
  }
  try {
    const answer = await fetch(`${base}/health`, {
      headers,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    const body = (await answer.json().catch(() => ({}))) as { status?: string }
    health.reachable = answer.ok && body.status === "available"
    if (!health.reachable) {
      health.error = `GET /health answered ${answer.status}`
      return health
    }
    const tasks = await fetch(
      `${base}/tasks?statuses=enqueued,processing&limit=1`,
      { headers, signal: AbortSignal.timeout(TIMEOUT_MS) }
    )
    if (tasks.ok) {
      const body = (await tasks.json()) as { total?: number }
      health.pending_tasks = typeof body.total === "number" ? body.total : null
    } else {
      health.error = `GET /tasks answered ${tasks.status}`
    }
  } catch (e) {
    health.reachable = false
    health.error = (e as Error).message
  }
  return health
}

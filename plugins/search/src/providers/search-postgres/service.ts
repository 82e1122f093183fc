import { createHash, randomUUID } from "node:crypto"
import type { ICachingModuleService, Logger } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
// Medusa's provider class is not exported from the package root.
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"

export type CachedPostgresSearchOptions = {
  /** Medusa's provider options (`language`, `engine`, …). */
  [option: string]: unknown
  /** Seconds an answer stays cached; 0 turns the cache off. Default 300. */
  cacheTtl?: number
}

type Answer = Awaited<ReturnType<PostgresSearchService["search"]>>
type SearchInput = Parameters<PostgresSearchService["search"]>[0]
type IndexRef = string | { physical_name: string }

const MAX_TTL = 86400

/**
 * Answers repeated searches from the caching module (in memory, or Redis with
 * REDIS_URL, so every server shares it). An answer is stored under the
 * index's generation, a random value replaced after every write to that
 * index: a search that was running while the index changed stores its answer
 * under the old generation, which is never read again. Without a caching
 * module it is Medusa's provider unchanged.
 */
export class CachedPostgresSearchService extends PostgresSearchService {
  protected caching_?: ICachingModuleService
  protected cacheTtl_: number
  /** Identical searches running at once share one query per process. */
  protected inFlight_ = new Map<string, Promise<Answer>>()

  constructor(
    cradle: Record<string, unknown> & { logger: Logger },
    options: CachedPostgresSearchOptions = {}
  ) {
    const { cacheTtl = 300, ...medusaOptions } = options
    super(cradle as never, medusaOptions)
    if (!Number.isInteger(cacheTtl) || cacheTtl < 0 || cacheTtl > MAX_TTL) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `search-postgres: cacheTtl must be an integer from 0 to ${MAX_TTL} seconds (got ${cacheTtl}).`
      )
    }
    this.cacheTtl_ = cacheTtl
    try {
      // Every module's container gets the caching module when the store has one.
      this.caching_ = cradle[Modules.CACHING] as ICachingModuleService
    } catch {
      this.caching_ = undefined
    }
  }

  async search(input: SearchInput): Promise<Answer> {
    if (!this.caching_ || !this.cacheTtl_) {
      return await super.search(input)
    }
    const index = input.index.physical_name
    const generation = await this.generation(index)
    const key = `bozor:search:${index}:${generation}:${fingerprint(input)}`
    const cached = await this.cacheGet<Answer>(key)
    if (cached) {
      // The in-memory provider hands out the stored object itself.
      return structuredClone(cached)
    }
    const running = this.inFlight_.get(key)
    if (running) {
      return await running
    }
    const answer = super.search(input).then(async (result) => {
      await this.cacheSet(key, structuredClone(result), this.cacheTtl_)
      return result
    })
    this.inFlight_.set(key, answer)
    try {
      return await answer
    } finally {
      this.inFlight_.delete(key)
    }
  }

  async upsertIndex(
    input: Parameters<PostgresSearchService["upsertIndex"]>[0]
  ) {
    return await this.afterWrite(input.index, super.upsertIndex(input))
  }

  async deleteIndex(
    input: Parameters<PostgresSearchService["deleteIndex"]>[0]
  ) {
    return await this.afterWrite(input.index, super.deleteIndex(input))
  }

  async upsertDocuments(
    input: Parameters<PostgresSearchService["upsertDocuments"]>[0]
  ) {
    return await this.afterWrite(input.index, super.upsertDocuments(input))
  }

  async deleteDocuments(
    input: Parameters<PostgresSearchService["deleteDocuments"]>[0]
  ) {
    return await this.afterWrite(input.index, super.deleteDocuments(input))
  }

  async clearIndex(input: Parameters<PostgresSearchService["clearIndex"]>[0]) {
    return await this.afterWrite(input.index, super.clearIndex(input))
  }

  /** Waits for the write, then retires every answer cached for the index. */
  protected async afterWrite<T>(index: IndexRef, write: Promise<T>) {
    const result = await write
    if (this.caching_) {
      await this.cacheSet(generationKey(index), { id: randomUUID() }, MAX_TTL)
    }
    return result
  }

  /** The index's current generation; a new one when none is cached. */
  protected async generation(index: string) {
    const key = generationKey(index)
    const current = await this.cacheGet<{ id: string }>(key)
    if (current?.id) {
      return current.id
    }
    const fresh = { id: randomUUID() }
    await this.cacheSet(key, fresh, MAX_TTL)
    return fresh.id
  }

  // A cache that fails costs a query, never an answer.
  protected async cacheGet<T>(key: string): Promise<T | null> {
    try {
      return ((await this.caching_!.get({ key })) as T) ?? null
    } catch (error) {
      this.logger_?.warn(`search-postgres: cache read failed: ${error}`)
      return null
    }
  }

  protected async cacheSet(key: string, data: object, ttl: number) {
    try {
      // Explicit (no) tags: nothing for the caching module to compute.
      await this.caching_!.set({ key, data, ttl, tags: [] })
    } catch (error) {
      this.logger_?.warn(`search-postgres: cache write failed: ${error}`)
    }
  }
}

function generationKey(index: IndexRef) {
  const name = typeof index === "string" ? index : index.physical_name
  return `bozor:search:${name}:generation`
}

/** What makes two searches on one index version give the same answer. */
function fingerprint(input: SearchInput) {
  const { index, ...query } = input
  return createHash("sha256")
    .update(JSON.stringify([index.settings, query]))
    .digest("base64url")
}

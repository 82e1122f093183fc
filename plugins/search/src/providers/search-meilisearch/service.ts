import {
  AbstractSearchProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { searchKey } from "@bozor/uz-utils"
import { loadMeilisearch, MeilisearchExports } from "./client"
import { idsOnly, toMeilisearchFilter } from "./filters"

type Client = InstanceType<MeilisearchExports["Meilisearch"]>

export type MeilisearchProviderOptions = {
  /** Meilisearch URL, e.g. http://localhost:7700 */
  host: string
  /** An API key with search, documents, indexes, settings and tasks actions. */
  apiKey?: string
  /** Per-request timeout. */
  timeoutMs?: number
  /** How long `upsertIndex` waits for its own tasks. */
  taskTimeoutMs?: number
}

type FieldDefs = Record<string, SearchTypes.SearchFieldDefinition>

type Flat = { path: string; field: SearchTypes.SearchFieldDefinition }

function flatten(fields: FieldDefs, prefix = ""): Flat[] {
  return Object.entries(fields).flatMap(([name, field]) =>
    field.type === "object" && field.fields
      ? flatten(field.fields, `${prefix}${name}.`)
      : [{ path: `${prefix}${name}`, field }]
  )
}

function weightOf(field: SearchTypes.SearchFieldDefinition): number {
  return typeof field.searchable === "object"
    ? (field.searchable.weight ?? 1)
    : 1
}

/**
 * The index settings Meilisearch gets for a definition
 * (https://www.meilisearch.com/docs/reference/api/settings). Searchable
 * attributes are listed by descending weight: Meilisearch ranks a match in an
 * earlier attribute higher. `settings.provider_options.meilisearch` (e.g.
 * synonyms) is merged over the derived values.
 */
export function meilisearchSettings(
  index: SearchTypes.ResolvedSearchIndexDefinition
): Record<string, unknown> {
  const flat = flatten(index.fields)
  const searchable = flat
    .filter(({ field }) => field.searchable)
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => weightOf(b.field) - weightOf(a.field) || a.order - b.order)
    .map(({ path }) => path)
  const filterable = flat
    .filter(({ field }) => field.filterable || field.facetable)
    .map(({ path }) => path)
  const sortable = flat
    .filter(({ field }) => field.sortable)
    .map(({ path }) => path)
  const displayed = flat
    .filter(
      ({ field }) => field.retrievable !== false && field.type !== "vector"
    )
    .map(({ path }) => path)
  const typo = index.settings.typo_tolerance ?? {}
  const settings: Record<string, unknown> = {
    searchableAttributes: searchable.length ? searchable : ["*"],
    filterableAttributes: filterable,
    sortableAttributes: sortable,
    displayedAttributes: displayed.includes(index.primary_key)
      ? displayed
      : [index.primary_key, ...displayed],
    typoTolerance: {
      enabled: typo.enabled ?? true,
      ...(typo.min_word_size_for_one_typo || typo.min_word_size_for_two_typos
        ? {
            minWordSizeForTypos: {
              ...(typo.min_word_size_for_one_typo
                ? { oneTypo: typo.min_word_size_for_one_typo }
                : {}),
              ...(typo.min_word_size_for_two_typos
                ? { twoTypos: typo.min_word_size_for_two_typos }
                : {}),
            },
          }
        : {}),
      ...(typo.disabled_on_attributes?.length
        ? { disableOnAttributes: typo.disabled_on_attributes }
        : {}),
    },
    distinctAttribute: index.settings.distinct_attribute ?? null,
    synonyms: {},
  }
  return {
    ...settings,
    ...(index.settings.provider_options?.meilisearch ?? {}),
  }
}

function apiErrorCode(error: unknown): string | undefined {
  const e = error as { cause?: { code?: string }; code?: string }
  return e?.cause?.code ?? e?.code
}

/**
 * Meilisearch provider for Medusa's Search Module (issue #11), on the official
 * `meilisearch` client. Writes are asynchronous in Meilisearch: they return the
 * task, and `waitForTask` lets the module wait before activating a version.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  /**
   * Run by Medusa when it loads the provider: a bad option stops the start-up
   * with an error that names it.
   */
  static validateOptions(options: Record<string, unknown>): void {
    const host = options?.host
    if (typeof host !== "string" || host === "") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Option `host` is required"
      )
    }
    try {
      new URL(host)
    } catch {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Option `host` must be an absolute URL"
      )
    }
    if (options.apiKey !== undefined && typeof options.apiKey !== "string") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Option `apiKey` must be a string"
      )
    }
    for (const key of ["timeoutMs", "taskTimeoutMs"]) {
      const value = options[key]
      if (
        value !== undefined &&
        (typeof value !== "number" || !Number.isInteger(value) || value <= 0)
      ) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Option \`${key}\` must be a positive integer (milliseconds)`
        )
      }
    }
  }

  protected readonly options_: MeilisearchProviderOptions
  protected client_?: Promise<Client>
  protected readonly logger_?: Logger
  protected readonly taskTimeoutMs_: number
  /** Physical indexes whose settings this process already pushed. */
  protected readonly settingsApplied_ = new Map<string, Promise<void>>()

  constructor(
    { logger }: { logger?: Logger },
    options: MeilisearchProviderOptions
  ) {
    super()
    if (!options?.host) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        "The meilisearch search provider needs a `host` (MEILISEARCH_HOST)."
      )
    }
    this.options_ = options
    this.logger_ = logger
    this.taskTimeoutMs_ = options.taskTimeoutMs ?? 60_000
  }

  /** The client for `host`, built on first use (the package loads async). */
  protected client(): Promise<Client> {
    this.client_ ??= loadMeilisearch().then(
      ({ Meilisearch }) =>
        new Meilisearch({
          host: this.options_.host,
          apiKey: this.options_.apiKey,
          timeout: this.options_.timeoutMs ?? 10_000,
        })
    )
    return this.client_
  }

  protected async index(name: string) {
    return (await this.client()).index(name)
  }

  protected async wait(taskUid: number) {
    const client = await this.client()
    const task = await client.tasks.waitForTask(taskUid, {
      timeout: this.taskTimeoutMs_,
    })
    if (task.status === "failed") {
      return task
    }
    return task
  }

  /**
   * Pushes the definition's settings once per process and physical index, so
   * settings changed in code reach Meilisearch at start-up (on the first write
   * or search) even when nothing else migrates the index.
   */
  protected ensureSettings(
    physicalName: string,
    definition: SearchTypes.ResolvedSearchIndexDefinition
  ): Promise<void> {
    let pending = this.settingsApplied_.get(physicalName)
    if (!pending) {
      pending = (async () => {
        const target = await this.index(physicalName)
        const enqueued = await target.updateSettings(
          meilisearchSettings(definition)
        )
        const task = await this.wait(enqueued.taskUid)
        if (task.status === "failed") {
          throw new MedusaError(
            MedusaError.Types.UNEXPECTED_STATE,
            `Meilisearch rejected the settings of "${physicalName}": ${task.error?.message}`
          )
        }
      })()
      pending.catch(() => this.settingsApplied_.delete(physicalName))
      this.settingsApplied_.set(physicalName, pending)
    }
    return pending
  }

  async upsertIndex({
    index,
  }: {
    index: SearchTypes.ResolvedSearchIndexDefinition
  }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    const created = await client.createIndex(index.physical_name, {
      primaryKey: index.primary_key,
    })
    const createTask = await this.wait(created.taskUid)
    if (
      createTask.status === "failed" &&
      createTask.error?.code !== "index_already_exists"
    ) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch could not create "${index.physical_name}": ${createTask.error?.message}`
      )
    }
    this.settingsApplied_.delete(index.physical_name)
    await this.ensureSettings(index.physical_name, index)
    return { index: index.physical_name, status: "succeeded" }
  }

  async deleteIndex({
    index,
  }: {
    index: string
  }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    const enqueued = await client.deleteIndex(index)
    const task = await this.wait(enqueued.taskUid)
    this.settingsApplied_.delete(index)
    if (task.status === "failed" && task.error?.code !== "index_not_found") {
      return {
        id: String(enqueued.taskUid),
        index,
        status: "failed",
        error: { message: task.error?.message ?? "", code: task.error?.code },
      }
    }
    return { id: String(enqueued.taskUid), index, status: "succeeded" }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const client = await this.client()
    const stats = await client.getStats()
    return Object.entries(stats.indexes ?? {}).map(([name, index]) => ({
      name,
      provider: MeilisearchSearchService.identifier,
      document_count: index.numberOfDocuments,
    }))
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    if (!documents.length) {
      return { index, status: "succeeded" }
    }
    await this.ensureSettings(index, definition)
    const target = await this.index(index)
    const enqueued = await target.addDocuments(documents, {
      primaryKey: definition.primary_key,
    })
    return { id: String(enqueued.taskUid), index, status: "enqueued" }
  }

  async deleteDocuments({
    index,
    filters,
  }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const ids = idsOnly(filters, "id")
    const target = await this.index(index)
    if (ids) {
      if (!ids.length) {
        return { index, status: "succeeded" }
      }
      const enqueued = await target.deleteDocuments(ids)
      return { id: String(enqueued.taskUid), index, status: "enqueued" }
    }
    const filter = toMeilisearchFilter(filters)
    if (!filter) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Refusing to delete documents without a filter; use clearIndex"
      )
    }
    const enqueued = await target.deleteDocuments({ filter })
    return { id: String(enqueued.taskUid), index, status: "enqueued" }
  }

  async clearIndex({
    index,
  }: {
    index: string
  }): Promise<SearchTypes.SearchTask> {
    const target = await this.index(index)
    const enqueued = await target.deleteAllDocuments()
    return { id: String(enqueued.taskUid), index, status: "enqueued" }
  }

  async waitForTask(
    task: SearchTypes.SearchTask,
    options?: { timeout_ms?: number }
  ): Promise<SearchTypes.SearchTask> {
    if (!task.id) {
      return task
    }
    const client = await this.client()
    const done = await client.tasks.waitForTask(Number(task.id), {
      timeout: options?.timeout_ms ?? this.taskTimeoutMs_,
    })
    return {
      ...task,
      status: done.status === "succeeded" ? "succeeded" : "failed",
      ...(done.error
        ? { error: { message: done.error.message, code: done.error.code } }
        : {}),
    }
  }

  async search(
    input: SearchTypes.ProviderSearchQuery
  ): Promise<SearchTypes.SearchResult> {
    const physical = input.index.physical_name
    await this.ensureSettings(physical, input.index)
    const options = input.search_options ?? {}
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const baseFilter = toMeilisearchFilter(input.filters)
    if (
      input.q !== undefined &&
      input.q !== null &&
      typeof input.q !== "string"
    ) {
      // `/store/search` refuses this with a 400 first; this guards other callers.
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The search query `q` must be a string."
      )
    }
    // The same folding the indexed `*_key` text got, so either script matches.
    const q = input.q ? searchKey(input.q) : undefined

    const facetRequests = (options.facets ?? []).map((facet) =>
      typeof facet === "string"
        ? { field: facet, type: "value" as const }
        : facet
    )
    const valueOrStats = facetRequests.filter((f) => f.type !== "range")
    const order = input.pagination?.order ?? {}
    const highlight = options.highlight

    const params: Record<string, unknown> = {
      offset: skip,
      limit: take,
      attributesToRetrieve: input.attributes_to_retrieve.length
        ? input.attributes_to_retrieve
        : ["*"],
      ...(baseFilter ? { filter: baseFilter } : {}),
      ...(Object.keys(order).length
        ? {
            sort: Object.entries(order).map(
              ([field, dir]) => `${field}:${dir.toLowerCase()}`
            ),
          }
        : {}),
      ...(valueOrStats.length
        ? { facets: [...new Set(valueOrStats.map((f) => f.field))] }
        : {}),
      ...(options.match_strategy
        ? {
            matchingStrategy:
              options.match_strategy === "any"
                ? "last"
                : options.match_strategy,
          }
        : {}),
      ...(options.attributes_to_search_on
        ? { attributesToSearchOn: options.attributes_to_search_on }
        : {}),
      ...(options.include_score || options.min_score !== undefined
        ? { showRankingScore: true }
        : {}),
      ...(options.min_score !== undefined
        ? { rankingScoreThreshold: options.min_score }
        : {}),
      ...(options.distinct ? { distinct: options.distinct } : {}),
      ...(highlight
        ? {
            attributesToHighlight:
              typeof highlight === "object" ? highlight.fields : ["*"],
            ...(typeof highlight === "object" && highlight.pre_tag
              ? { highlightPreTag: highlight.pre_tag }
              : {}),
            ...(typeof highlight === "object" && highlight.post_tag
              ? { highlightPostTag: highlight.post_tag }
              : {}),
          }
        : {}),
      ...(options.locales ? { locales: options.locales } : {}),
    }

    const target = await this.index(physical)
    const response = (await target.search(q ?? "", params)) as {
      hits: Record<string, unknown>[]
      estimatedTotalHits?: number
      totalHits?: number
      processingTimeMs?: number
      facetDistribution?: Record<string, Record<string, number>>
      facetStats?: Record<string, { min: number; max: number }>
    }

    const facets: Record<string, SearchTypes.SearchFacetResult> = {}
    for (const facet of facetRequests) {
      if (facet.type === "stats") {
        const stats = response.facetStats?.[facet.field]
        facets[facet.field] = {
          type: "stats",
          min: stats?.min ?? 0,
          max: stats?.max ?? 0,
          count: Object.values(
            response.facetDistribution?.[facet.field] ?? {}
          ).reduce((sum, n) => sum + n, 0),
        }
      } else if (facet.type === "range") {
        // Meilisearch has no range facets: one count-only search per bucket.
        const ranges = []
        for (const range of facet.ranges) {
          const bounds = [
            range.from !== undefined
              ? `${facet.field} >= ${Number(range.from)}`
              : undefined,
            range.to !== undefined
              ? `${facet.field} < ${Number(range.to)}`
              : undefined,
          ].filter(Boolean)
          const filter = [baseFilter, ...bounds]
            .filter(Boolean)
            .map((f) => `(${f})`)
            .join(" AND ")
          const counted = (await target.search(q ?? "", {
            limit: 0,
            ...(filter ? { filter } : {}),
          })) as { estimatedTotalHits?: number; totalHits?: number }
          ranges.push({
            key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
            ...(range.from !== undefined ? { from: range.from } : {}),
            ...(range.to !== undefined ? { to: range.to } : {}),
            count: counted.totalHits ?? counted.estimatedTotalHits ?? 0,
          })
        }
        facets[facet.field] = { type: "range", ranges }
      } else {
        const distribution = response.facetDistribution?.[facet.field] ?? {}
        let values = Object.entries(distribution).map(([value, count]) => ({
          value,
          count,
        }))
        values =
          facet.sort === "alpha"
            ? values.sort((a, b) => a.value.localeCompare(b.value))
            : values.sort((a, b) => b.count - a.count)
        facets[facet.field] = {
          type: "value",
          values: facet.limit ? values.slice(0, facet.limit) : values,
        }
      }
    }

    const primaryKey = input.index.primary_key
    return {
      hits: response.hits.map((hit) => {
        const { _rankingScore, _formatted, _matchesPosition, ...document } =
          hit as Record<string, unknown>
        void _matchesPosition
        return {
          id: String(document[primaryKey]),
          document,
          ...(typeof _rankingScore === "number"
            ? { score: _rankingScore }
            : {}),
          ...(highlight && _formatted
            ? {
                highlights: Object.fromEntries(
                  Object.entries(_formatted as Record<string, unknown>)
                    .filter(([, v]) => typeof v === "string")
                    .map(([k, v]) => [k, [v as string]])
                ),
              }
            : {}),
        }
      }),
      ...(facetRequests.length ? { facets } : {}),
      metadata: {
        skip,
        take,
        count:
          options.count === "none"
            ? null
            : (response.totalHits ?? response.estimatedTotalHits ?? null),
        query: q,
        processing_time_ms: response.processingTimeMs,
      },
    }
  }
}

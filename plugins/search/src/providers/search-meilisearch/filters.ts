import { MedusaError } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"

/**
 * Compiles Medusa's SearchFilters to Meilisearch's filter expression
 * (https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference).
 */

type Value = SearchTypes.SearchFilterValue

function literal(value: Value): string {
  if (value === null) {
    return "null"
  }
  if (value instanceof Date) {
    return String(value.getTime())
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value)
  }
  return JSON.stringify(String(value))
}

function attribute(path: string): string {
  if (!/^[A-Za-z0-9_.]+$/.test(path)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid search filter field "${path}"`
    )
  }
  return path
}

function list(values: Value[]): string {
  return `[${values.map(literal).join(", ")}]`
}

function eq(field: string, value: Value): string {
  return value === null ? `${field} IS NULL` : `${field} = ${literal(value)}`
}

function operators(field: string, ops: Record<string, unknown>): string[] {
  const parts: string[] = []
  for (const [op, raw] of Object.entries(ops)) {
    if (raw === undefined) {
      continue
    }
    const value = raw as Value
    switch (op) {
      case "$eq":
        parts.push(eq(field, value))
        break
      case "$ne":
        parts.push(
          value === null
            ? `${field} IS NOT NULL`
            : `${field} != ${literal(value)}`
        )
        break
      case "$in":
      case "$overlaps":
        parts.push(`${field} IN ${list(raw as Value[])}`)
        break
      case "$nin":
        parts.push(`${field} NOT IN ${list(raw as Value[])}`)
        break
      case "$lt":
        parts.push(`${field} < ${literal(value)}`)
        break
      case "$lte":
        parts.push(`${field} <= ${literal(value)}`)
        break
      case "$gt":
        parts.push(`${field} > ${literal(value)}`)
        break
      case "$gte":
        parts.push(`${field} >= ${literal(value)}`)
        break
      case "$exists":
        parts.push(raw ? `${field} EXISTS` : `${field} NOT EXISTS`)
        break
      case "$contains": {
        // On an array attribute `=` matches any element.
        const values = Array.isArray(raw) ? (raw as Value[]) : [value]
        parts.push(...values.map((v) => eq(field, v)))
        break
      }
      case "$prefix":
        parts.push(`${field} STARTS WITH ${literal(value)}`)
        break
      default:
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The meilisearch search provider does not support the "${op}" filter operator`
        )
    }
  }
  return parts
}

function isOperatorMap(value: unknown): value is Record<string, unknown> {
  return (
    !!value &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    Object.keys(value).every((key) => key.startsWith("$"))
  )
}

function join(parts: string[], glue: "AND" | "OR"): string | undefined {
  if (!parts.length) {
    return undefined
  }
  return parts.length === 1
    ? parts[0]
    : parts.map((p) => `(${p})`).join(` ${glue} `)
}

export function toMeilisearchFilter(
  filters: SearchTypes.SearchFilters | undefined,
  prefix = ""
): string | undefined {
  if (!filters) {
    return undefined
  }
  const parts: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || key === "q") {
      continue
    }
    if (key === "$and" || key === "$or") {
      const nested = (value as SearchTypes.SearchFilters[])
        .map((f) => toMeilisearchFilter(f, prefix))
        .filter((f): f is string => !!f)
      const joined = join(nested, key === "$and" ? "AND" : "OR")
      if (joined) {
        parts.push(joined)
      }
      continue
    }
    if (key === "$not") {
      const nested = toMeilisearchFilter(
        value as SearchTypes.SearchFilters,
        prefix
      )
      if (nested) {
        parts.push(`NOT (${nested})`)
      }
      continue
    }
    const field = attribute(prefix + key)
    if (Array.isArray(value)) {
      parts.push(`${field} IN ${list(value as Value[])}`)
    } else if (isOperatorMap(value)) {
      const ops = operators(field, value)
      const joined = join(ops, "AND")
      if (joined) {
        parts.push(joined)
      }
    } else if (value && typeof value === "object" && !(value instanceof Date)) {
      const nested = toMeilisearchFilter(
        value as SearchTypes.SearchFilters,
        `${field}.`
      )
      if (nested) {
        parts.push(nested)
      }
    } else {
      parts.push(eq(field, value as Value))
    }
  }
  return join(parts, "AND")
}

/** `{ id: ["a", "b"] }` (or the primary key) as plain ids, for delete-by-id. */
export function idsOnly(
  filters: SearchTypes.SearchFilters,
  primaryKey: string
): string[] | undefined {
  const keys = Object.keys(filters).filter(
    (k) => (filters as Record<string, unknown>)[k] !== undefined
  )
  if (keys.length !== 1 || keys[0] !== primaryKey) {
    return undefined
  }
  const value = (filters as Record<string, unknown>)[primaryKey]
  if (Array.isArray(value)) {
    return value.map(String)
  }
  if (typeof value === "string" || typeof value === "number") {
    return [String(value)]
  }
  if (isOperatorMap(value) && Object.keys(value).length === 1) {
    if (Array.isArray(value.$in)) {
      return (value.$in as unknown[]).map(String)
    }
    if (value.$eq !== undefined && value.$eq !== null) {
      return [String(value.$eq)]
    }
  }
  return undefined
}

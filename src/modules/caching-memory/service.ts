// Medusa's provider class is not exported from the package root.
import { MemoryCachingProvider } from "@medusajs/caching/dist/providers/memory-cache"

type Entry = unknown

/** A registration of the container, or undefined (awilix throws instead). */
function registered<T>(cradle: Record<string, unknown>, name: string) {
  try {
    return cradle[name] as T | undefined
  } catch {
    return undefined
  }
}

const copyTop = (value: Entry) =>
  Array.isArray(value)
    ? [...value]
    : value && typeof value === "object"
      ? { ...(value as object) }
      : value

/**
 * Medusa's in-memory caching provider, with each entry's top level copied in
 * and out. Medusa's `useQueryGraphStep` replaces `data` on the result
 * `query.graph` gave it, and the stock provider stores and hands out that
 * very object: the next reader got the replaced value (a customer's second
 * cart transfer answered 500). Deep copies (`useClones`) fix it too, but cost
 * a third of the wishlist view's throughput; nested objects stay shared, as
 * in Medusa's provider, and code that changes them copies them first.
 */
export class CopyingMemoryCachingProvider extends MemoryCachingProvider {
  static identifier = "bozor-cache-memory"

  constructor(cradle: Record<string, unknown>, options: object = {}) {
    super(
      {
        logger: registered(cradle, "logger") ?? console,
        // The module registers its hasher after it loads its providers; the
        // keys are strings, which the cache can use as they are.
        hasher: registered(cradle, "hasher") ?? ((key: string) => key),
      } as never,
      options
    )
  }

  async get(input: Parameters<MemoryCachingProvider["get"]>[0]) {
    const value = await super.get(input)
    return input.key ? copyTop(value) : value
  }

  async set(input: Parameters<MemoryCachingProvider["set"]>[0]) {
    return await super.set({ ...input, data: copyTop(input.data) as object })
  }
}

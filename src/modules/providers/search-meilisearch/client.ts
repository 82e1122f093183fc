import Module from "module"
import type * as MeilisearchModule from "meilisearch" with {
  "resolution-mode": "import",
}

export type MeilisearchExports = typeof MeilisearchModule

/**
 * `meilisearch` ships as an ES module only. Node 20.19+ `require`s it natively,
 * which is what Medusa does at runtime; Jest's module system does not, so under
 * Jest the package is loaded through Node's own loader instead.
 */
export function loadMeilisearch(): MeilisearchExports {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require("meilisearch") as MeilisearchExports
  } catch (error) {
    const nodeModule = Module as unknown as {
      _load(request: string, parent: unknown, isMain: boolean): unknown
      _nodeModulePaths(dir: string): string[]
    }
    try {
      return nodeModule._load(
        "meilisearch",
        {
          id: __filename,
          filename: __filename,
          paths: nodeModule._nodeModulePaths(__dirname),
        },
        false
      ) as MeilisearchExports
    } catch {
      throw error
    }
  }
}

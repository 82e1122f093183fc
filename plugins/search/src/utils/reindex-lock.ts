import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * One product reindex at a time, across every server sharing the Locking
 * Module (Redis when configured). Held from `POST /admin/search/reindex` until
 * the workflow's step ends; it expires after an hour should a process die.
 */
export const REINDEX_LOCK_KEY = "bozor-search:reindex:product"
const REINDEX_LOCK_SECONDS = 60 * 60

type Locking = {
  acquire(
    keys: string,
    args?: { ownerId?: string; expire?: number }
  ): Promise<void>
  release(keys: string, args?: { ownerId?: string }): Promise<boolean>
}

// Used only when no Locking Module is registered (a plain process then).
const localHolders = new Set<string>()

function locking(container: MedusaContainer): Locking | undefined {
  return container.resolve(Modules.LOCKING, { allowUnregistered: true }) as
    Locking | undefined
}

/** Takes the lock for `ownerId`; false when a reindex already holds it. */
export async function acquireReindexLock(
  container: MedusaContainer,
  ownerId: string
): Promise<boolean> {
  const service = locking(container)
  if (!service) {
    if (localHolders.size) {
      return false
    }
    localHolders.add(ownerId)
    return true
  }
  try {
    await service.acquire(REINDEX_LOCK_KEY, {
      ownerId,
      expire: REINDEX_LOCK_SECONDS,
    })
    return true
  } catch {
    return false
  }
}

export async function releaseReindexLock(
  container: MedusaContainer,
  ownerId: string
): Promise<void> {
  const service = locking(container)
  if (!service) {
    localHolders.delete(ownerId)
    return
  }
  await service.release(REINDEX_LOCK_KEY, { ownerId })
}

/** Whether a reindex holds the lock now (probed by taking and giving it back). */
export async function isReindexRunning(
  container: MedusaContainer
): Promise<boolean> {
  const probe = `status-probe-${process.pid}-${Date.now()}`
  if (!(await acquireReindexLock(container, probe))) {
    return true
  }
  await releaseReindexLock(container, probe)
  return false
}

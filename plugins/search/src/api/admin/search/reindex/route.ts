import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import {
  acquireReindexLock,
  releaseReindexLock,
} from "../../../../utils/reindex-lock"
import { reindexProductSearchWorkflow } from "../../../../workflows/reindex-product-search"

/**
 * POST /admin/search/reindex — starts a full rebuild of the product index in
 * the background (202). While one runs, a second request answers 409 and
 * starts nothing.
 */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const search = req.scope.resolve(Modules.SEARCH, { allowUnregistered: true })
  if (!search) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "The Search Module is not enabled"
    )
  }
  const job_id = `srhjob_${randomUUID()}`
  if (!(await acquireReindexLock(req.scope, job_id))) {
    res.status(409).json({
      type: "conflict",
      message: "A reindex of the product index is already running",
    })
    return
  }
  const started_at = new Date().toISOString()
  try {
    await reindexProductSearchWorkflow(req.scope).run({ input: { job_id } })
  } catch (e) {
    await releaseReindexLock(req.scope, job_id)
    throw e
  }
  res.status(202).json({ job_id, started_at, index: "product" })
}

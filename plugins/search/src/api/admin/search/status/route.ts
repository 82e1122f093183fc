import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { readSearchStatus } from "../../../../utils/search-status"

/**
 * GET /admin/search/status — the product index: its provider and state,
 * documents indexed, the last sync (with its progress while it runs),
 * whether a reindex is running, and Meilisearch's health when it serves it.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  res.json({ search: await readSearchStatus(req.scope) })
}

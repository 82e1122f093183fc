import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clickFields } from "../body"
import { handleClickPrepare } from "../callbacks"

/**
 * Click SHOP API Prepare (action 0). Always HTTP 200 with Click's JSON;
 * errors are integer `error` codes (spec §2.1, §2.5).
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const answer = await handleClickPrepare(req.scope, clickFields(req))
  res.status(200).json(answer)
}

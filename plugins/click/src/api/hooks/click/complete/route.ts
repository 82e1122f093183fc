import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clickFields } from "../body"
import { handleClickComplete } from "../callbacks"

/**
 * Click SHOP API Complete (action 1). Always HTTP 200 with Click's JSON;
 * errors are integer `error` codes (spec §2.1, §2.5).
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const answer = await handleClickComplete(req.scope, clickFields(req))
  res.status(200).json(answer)
}

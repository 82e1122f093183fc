import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { LOYALTY_MODULE } from "../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../modules/loyalty/service"

/**
 * GET /admin/loyalty/settings — the program in force (read-only: the
 * settings are module options from the environment, see the plugin README).
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const service: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  const o = service.getOptions()
  res.json({
    settings: {
      earn_rates: o.earnRates,
      point_values: o.pointValues,
      max_redeem_share: o.maxRedeemShare,
      tiers: o.tiers,
      tier_window_months: o.tierWindowMonths,
      expiry_months: o.expiryMonths,
      expiry_notice_days: o.expiryNoticeDays,
    },
  })
}

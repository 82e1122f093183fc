import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { LOYALTY_MODULE } from "../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../modules/loyalty/service"
import type {
  LoyaltyModuleOptions,
  ResolvedLoyaltyOptions,
} from "../../../../modules/loyalty/types"
import type { AdminUpdateLoyaltySettingsType } from "./validators"

const view = (o: ResolvedLoyaltyOptions) => ({
  earn_rates: o.earnRates,
  point_values: o.pointValues,
  max_redeem_share: o.maxRedeemShare,
  tiers: o.tiers,
  tier_window_months: o.tierWindowMonths,
  expiry_months: o.expiryMonths,
  expiry_notice_days: o.expiryNoticeDays,
})

const lower = <T>(r: Record<string, T>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v]))

/**
 * GET /admin/loyalty/settings — the program in force: the plugin's options
 * with the changes made in the dashboard on top.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const service: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  res.json({ settings: view(await service.getSettings()) })
}

/** POST /admin/loyalty/settings — changes some settings (400 when invalid). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateLoyaltySettingsType>,
  res: MedusaResponse
) {
  const b = req.validatedBody
  const changes: LoyaltyModuleOptions = {
    earnRates: b.earn_rates && lower(b.earn_rates),
    pointValues: b.point_values && lower(b.point_values),
    maxRedeemShare: b.max_redeem_share,
    tiers: b.tiers,
    tierWindowMonths: b.tier_window_months,
    expiryMonths: b.expiry_months,
    expiryNoticeDays: b.expiry_notice_days,
  }
  const defined = Object.fromEntries(
    Object.entries(changes).filter(([, v]) => v !== undefined)
  ) as LoyaltyModuleOptions
  const service: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  res.json({ settings: view(await service.updateSettings(defined)) })
}

import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliveryService } from "../../service"

export const recordEarningStepId = "delivery-record-earning-step"

/**
 * The driver's earning for a delivered delivery by the rule `earningBase +
 * earningPerKm × km` (major units), once per delivery (unique key).
 */
export const recordEarningStep = createStep(
  recordEarningStepId,
  async (
    input: {
      delivery_id: string
      driver_id: string
      distance_km: number | null
    },
    { container }
  ) => {
    const service = deliveryService(container)
    const [existing] = await service.listDriverEarnings({
      delivery_id: input.delivery_id,
    })
    if (existing) {
      return new StepResponse(existing, null)
    }
    const options = service.getOptions()
    const km = input.distance_km ?? 0
    const amount = MathBN.add(
      options.earningBase,
      MathBN.mult(options.earningPerKm, km)
    )
    const earning = await service.createDriverEarnings({
      driver_id: input.driver_id,
      delivery_id: input.delivery_id,
      // Computed with MathBN; the bigNumber column keeps the exact value.
      amount: amount.toNumber(),
      currency_code: options.currencyCode,
      distance_km: km,
    })
    return new StepResponse(earning, earning.id)
  },
  async (id, { container }) => {
    if (!id) return
    await deliveryService(container).deleteDriverEarnings(id)
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { NearbyDriver } from "../../../modules/delivery/service"
import { haversineKm, roundKm } from "../../../modules/delivery/utils/geo"
import { deliveryService } from "../../service"

export const findDriverCandidatesStepId = "delivery-find-driver-candidates-step"

export type FindDriverCandidatesStepInput = {
  delivery: { id: string; pickup_lat: number | null; pickup_lng: number | null }
  /** Offer to these drivers (the merchant's choice); nearest one otherwise. */
  driver_ids?: string[]
}

/**
 * Who gets the offer: the given drivers (each must be approved, active and
 * without an open offer of it), or the nearest approved, available driver by
 * last known location who has not had this delivery offered yet.
 */
export const findDriverCandidatesStep = createStep(
  findDriverCandidatesStepId,
  async (input: FindDriverCandidatesStepInput, { container }) => {
    const service = deliveryService(container)
    const options = service.getOptions()
    const pickup = {
      lat: input.delivery.pickup_lat ?? options.depot.lat,
      lng: input.delivery.pickup_lng ?? options.depot.lng,
    }
    if (input.driver_ids?.length) {
      const drivers = await service.listDrivers({ id: input.driver_ids })
      const open = await service.listDeliveryOffers({
        delivery_id: input.delivery.id,
        status: "pending",
      })
      const candidates: NearbyDriver[] = []
      for (const id of input.driver_ids) {
        const d = drivers.find((x) => x.id === id)
        if (!d || d.status !== "approved" || !d.is_active) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Driver ${id} is not an approved, active driver.`
          )
        }
        if (open.some((o) => o.driver_id === id)) {
          continue
        }
        candidates.push({
          id,
          distance_km:
            d.last_lat === null || d.last_lng === null
              ? 0
              : roundKm(
                  haversineKm(pickup, { lat: d.last_lat, lng: d.last_lng })
                ),
        })
      }
      return new StepResponse(candidates)
    }
    const exclude = await service.listOfferedDriverIds(input.delivery.id)
    const candidates = await service.listNearestDrivers({
      point: pickup,
      max_km: options.maxOfferDistanceKm,
      fresh_since: new Date(Date.now() - options.locationFreshMinutes * 60_000),
      exclude,
      limit: 1,
    })
    return new StepResponse(candidates)
  }
)

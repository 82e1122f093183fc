import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../modules/delivery/events"
import { haversineKm, roundKm } from "../../modules/delivery/utils/geo"
import { dropoffOf } from "../../providers/bozor-courier/service"
import { driverOptionsStep } from "../drivers/steps/driver-options"
import { createDeliveryStep } from "./steps/create-delivery"

export const createDeliveryForFulfillmentWorkflowId =
  "delivery-create-for-fulfillment"

/** The provider id prefix of "Bozor courier" fulfillments (`<identifier>_<id>`). */
export const COURIER_PROVIDER_PREFIX = "bozor-courier_"

/**
 * Turns an order's fulfillment made with the "Bozor courier" provider into a
 * delivery (once per fulfillment); other providers' fulfillments are left
 * alone. Returns null for those.
 */
export const createDeliveryForFulfillmentWorkflow = createWorkflow(
  createDeliveryForFulfillmentWorkflowId,
  (input: { order_id: string; fulfillment_id: string }) => {
    const { data: fulfillments } = useQueryGraphStep({
      entity: "fulfillment",
      fields: ["id", "provider_id", "data", "delivery_address.*"],
      filters: { id: input.fulfillment_id },
      options: { throwIfKeyNotFound: true },
    })
    const options = driverOptionsStep()
    const plan = transform(
      { fulfillments, input, options },
      ({ fulfillments, input, options }) => {
        const f = fulfillments[0] as any
        if (!f.provider_id?.startsWith(COURIER_PROVIDER_PREFIX)) {
          return null
        }
        const dropoff = dropoffOf(f.data, f.delivery_address)
        const a = f.delivery_address ?? {}
        return {
          order_id: input.order_id,
          fulfillment_id: input.fulfillment_id,
          pickup_lat: options.depot.lat,
          pickup_lng: options.depot.lng,
          dropoff_lat: dropoff?.lat ?? null,
          dropoff_lng: dropoff?.lng ?? null,
          address: {
            first_name: a.first_name ?? null,
            address_1: a.address_1 ?? null,
            address_2: a.address_2 ?? null,
            city: a.city ?? null,
            province: a.province ?? null,
            postal_code: a.postal_code ?? null,
            country_code: a.country_code ?? null,
          },
          distance_km: dropoff
            ? roundKm(haversineKm(options.depot, dropoff))
            : null,
          due_at: new Date(Date.now() + options.lateAfterMinutes * 60_000),
        }
      }
    )
    const created = createDeliveryStep(plan)
    // No event when nothing was created (an array of zero events).
    emitEventStep({
      eventName: DeliveryEvents.DELIVERY_CREATED,
      data: transform({ created }, ({ created }) =>
        created?.created
          ? [{ id: created.delivery.id, order_id: created.delivery.order_id }]
          : []
      ),
    })
    return new WorkflowResponse(
      transform({ created }, ({ created }) => created?.delivery ?? null)
    )
  }
)

import { optionalJson, optionalNumber, ProviderConfig } from "./env"

/**
 * Fulfillment providers: Medusa's manual one (the demo store's shipping
 * options) and "Bozor courier" of @bozor/medusa-delivery (own-fleet
 * delivery, priced per zone or by distance).
 */
export const fulfillmentProviders: ProviderConfig[] = [
  { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
  {
    resolve: "@bozor/medusa-delivery/providers/bozor-courier",
    id: "bozor-courier",
    options: {
      baseAmount: optionalNumber("COURIER_BASE_AMOUNT"),
      perKmAmount: optionalNumber("COURIER_PER_KM_AMOUNT"),
      roundTo: optionalNumber("COURIER_ROUND_TO"),
      maxDistanceKm: optionalNumber("COURIER_MAX_DISTANCE_KM"),
      depot: optionalJson("DELIVERY_DEPOT"),
    },
  },
]

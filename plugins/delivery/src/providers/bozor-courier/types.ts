import type { LatLng } from "../../modules/delivery/types"

/** Options of the "Bozor courier" fulfillment provider. */
export type BozorCourierOptions = {
  /** Distance pricing: fixed part of the price, major units. Default 15000. */
  baseAmount?: number
  /** Distance pricing: price per km from the depot, major units. Default 2000. */
  perKmAmount?: number
  /** Distance prices are rounded up to a multiple of this. Default 1000. */
  roundTo?: number
  /** Addresses further than this from the depot are refused. Default 50 km. */
  maxDistanceKm?: number
  /** Where couriers start (the warehouse). Default central Tashkent. */
  depot?: LatLng
}

/** The fulfillment options this provider offers to shipping options. */
export type CourierPricing = "zone" | "distance"

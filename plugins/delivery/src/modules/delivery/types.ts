/** A point on the map, WGS 84 degrees. */
export type LatLng = { lat: number; lng: number }

export type DriverStatus = "pending" | "under_review" | "approved" | "rejected"

export type DeliveryStatus =
  | "pending"
  | "offered"
  | "assigned"
  | "picked_up"
  | "in_transit"
  | "delivered"
  | "failed"

/** Statuses a driver moves a delivery to. */
export type DriverDeliveryStatus =
  "picked_up" | "in_transit" | "delivered" | "failed"

/** The delivery module's options (every module of the plugin receives them). */
export type DeliveryModuleOptions = {
  /** Seconds a driver has to answer an offer before it is re-offered. Default 60. */
  offerTimeoutSeconds?: number
  /** Offer new deliveries to the nearest driver automatically. Default true. */
  autoDispatch?: boolean
  /** Drivers further than this from the pickup get no offer. Default 20 km. */
  maxOfferDistanceKm?: number
  /** A driver whose last location is older than this is not offered work. Default 30 min. */
  locationFreshMinutes?: number
  /** Location history older than this is deleted by the expiry job. Default 24 h. */
  locationRetentionHours?: number
  /** Minimum time between two accepted location updates of a driver. Default 1000 ms. */
  locationMinIntervalMs?: number
  /** Average courier speed for ETAs and route durations. Default 25 km/h. */
  averageSpeedKmh?: number
  /** Where couriers pick orders up (the warehouse). Default central Tashkent. */
  depot?: LatLng
  /** A delivery not delivered this long after its creation is late. Default 180 min. */
  lateAfterMinutes?: number
  /** Earnings rule: per delivery, in major units. Default 10000 (so'm). */
  earningBase?: number
  /** Earnings rule: per km from pickup to drop-off, major units. Default 2000. */
  earningPerKm?: number
  /** Currency of earnings and payouts. Default "uzs". */
  currencyCode?: string
  /** Notification channel of messages to drivers (approval). Default "feed". */
  driverNotificationChannel?: string
  /** SMS login: how long a code is valid. Default 300 s. */
  loginCodeTtlSeconds?: number
  /** SMS login: minimum time between two codes to one phone. Default 60 s. */
  loginCodeResendSeconds?: number
  /** SMS login: wrong tries before a code is dead. Default 5. */
  loginCodeMaxAttempts?: number
}

export type ResolvedDeliveryOptions = Required<DeliveryModuleOptions>

import type {
  IOrderModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { haversineKm } from "../modules/delivery/utils/geo"

type Scope = Pick<MedusaContainer, "resolve">

export const service = (scope: Scope) =>
  scope.resolve<DeliveryModuleService>(DELIVERY_MODULE)

export const DRIVER_FIELDS = [
  "id",
  "email",
  "first_name",
  "last_name",
  "phone",
  "status",
  "is_active",
  "available",
  "vehicle_type",
  "vehicle_model",
  "vehicle_plate",
  "license_number",
  "review_reason",
  "reviewed_at",
  "last_lat",
  "last_lng",
  "last_location_at",
  "created_at",
  "updated_at",
] as const

/** A driver with their documents and onboarding history. */
export async function driverDetail(scope: Scope, id: string) {
  const s = service(scope)
  const [driver] = await s.listDrivers(
    { id },
    { select: [...DRIVER_FIELDS] as string[] }
  )
  if (!driver) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Driver with id ${id} was not found.`
    )
  }
  const [documents, reviews] = await Promise.all([
    s.listDriverDocuments({ driver_id: id }, { order: { created_at: "ASC" } }),
    s.listDriverReviews({ driver_id: id }, { order: { created_at: "ASC" } }),
  ])
  return { ...driver, documents, reviews }
}

/** The driver's ledger: earnings, payouts and what is not paid yet. */
export async function earningsView(scope: Scope, driver_id: string) {
  const s = service(scope)
  const [earnings, payouts] = await Promise.all([
    s.listDriverEarnings({ driver_id }, { order: { created_at: "DESC" } }),
    s.listDriverPayouts({ driver_id }, { order: { created_at: "DESC" } }),
  ])
  const sum = (rows: { amount: unknown }[]) =>
    rows
      .reduce((t, r) => MathBN.add(t, r.amount as any), MathBN.convert(0))
      .toNumber()
  return {
    currency_code: s.getOptions().currencyCode,
    total_earned: sum(earnings),
    unpaid: sum(earnings.filter((e) => !e.payout_id)),
    paid: sum(payouts.filter((p) => p.status === "paid")),
    earnings: earnings.map((e) => ({ ...e, amount: Number(e.amount) })),
    payouts: payouts.map((p) => ({ ...p, amount: Number(p.amount) })),
  }
}

/** A delivery with its history, offers, rating and driver (admin). */
export async function deliveryDetail(scope: Scope, id: string) {
  const s = service(scope)
  const [delivery] = await s.listDeliveries({ id })
  if (!delivery) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Delivery with id ${id} was not found.`
    )
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [events, offers, ratings, drivers, orders] = await Promise.all([
    s.listDeliveryEvents({ delivery_id: id }, { order: { created_at: "ASC" } }),
    s.listDeliveryOffers({ delivery_id: id }, { order: { created_at: "ASC" } }),
    s.listDeliveryRatings({ delivery_id: id }),
    delivery.driver_id
      ? s.listDrivers(
          { id: delivery.driver_id },
          { select: [...DRIVER_FIELDS] as string[] }
        )
      : Promise.resolve([]),
    query
      .graph({
        entity: "order",
        fields: ["id", "display_id", "email", "status", "fulfillment_status"],
        filters: { id: delivery.order_id },
      })
      .then((r) => r.data),
  ])
  return {
    ...delivery,
    late: isLate(delivery),
    order: orders[0] ?? null,
    driver: drivers[0] ?? null,
    events,
    offers,
    rating: ratings[0] ?? null,
  }
}

const OPEN = ["pending", "offered", "assigned", "picked_up", "in_transit"]

/** Not delivered or failed after its due time. */
export const isLate = (d: { status: string; due_at?: Date | string | null }) =>
  OPEN.includes(d.status) && !!d.due_at && new Date(d.due_at) < new Date()

/**
 * What the customer sees of their order's delivery: status, the driver's
 * first name and vehicle, the driver's last location while under way and
 * an ETA. Another customer's order is "not found".
 */
export async function trackingView(
  scope: Scope,
  order_id: string,
  customer_id: string
) {
  const orderModule = scope.resolve<IOrderModuleService>(Modules.ORDER)
  // The owner check and the delivery with its driver (one query) at once.
  const [orders, delivery] = await Promise.all([
    orderModule.listOrders(
      { id: order_id },
      { select: ["id", "customer_id"], take: 1 }
    ),
    service(scope).retrieveTracking(order_id),
  ])
  const notFound = new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Delivery of order ${order_id} was not found.`
  )
  if (!orders[0] || orders[0].customer_id !== customer_id || !delivery) {
    throw notFound
  }
  const s = service(scope)
  const driver = delivery.driver
  const underWay = ["assigned", "picked_up", "in_transit"].includes(
    delivery.status
  )
  const location =
    underWay && driver?.last_lat != null && driver?.last_lng != null
      ? {
          lat: driver.last_lat,
          lng: driver.last_lng,
          recorded_at: driver.last_location_at,
        }
      : null
  let eta: string | null = null
  let distance_km: number | null = null
  if (
    location &&
    delivery.dropoff_lat != null &&
    delivery.dropoff_lng != null
  ) {
    const speed = s.getOptions().averageSpeedKmh
    const depot = { lat: delivery.pickup_lat!, lng: delivery.pickup_lng! }
    const dropoff = { lat: delivery.dropoff_lat, lng: delivery.dropoff_lng }
    // Before pick-up the courier still goes by the depot.
    distance_km =
      delivery.status === "assigned" && delivery.pickup_lat != null
        ? haversineKm(location, depot) + haversineKm(depot, dropoff)
        : haversineKm(location, dropoff)
    distance_km = Math.round(distance_km * 1000) / 1000
    eta = new Date(Date.now() + (distance_km / speed) * 3600_000).toISOString()
  }
  return {
    id: delivery.id,
    order_id,
    status: delivery.status,
    failure_reason: delivery.failure_reason ?? null,
    driver: driver
      ? {
          first_name: driver.first_name,
          vehicle: {
            type: driver.vehicle_type,
            model: driver.vehicle_model,
            plate: driver.vehicle_plate,
          },
        }
      : null,
    location,
    distance_km,
    eta,
    picked_up_at: delivery.picked_up_at,
    delivered_at: delivery.delivered_at,
    updated_at: delivery.updated_at,
  }
}

import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  MathBN,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager, Knex } from "@medusajs/framework/mikro-orm/knex"
import { createHash, timingSafeEqual } from "node:crypto"
import { Delivery } from "./models/delivery"
import { DeliveryEvent } from "./models/delivery-event"
import { DeliveryOffer } from "./models/delivery-offer"
import { DeliveryRating } from "./models/delivery-rating"
import { Driver } from "./models/driver"
import { DriverDocument } from "./models/driver-document"
import { DriverEarning } from "./models/driver-earning"
import { DriverLocation } from "./models/driver-location"
import { DriverLoginCode } from "./models/driver-login-code"
import { DriverPayout } from "./models/driver-payout"
import { DriverReview } from "./models/driver-review"
import { validateDeliveryOptions } from "./loaders/validate-options"
import type {
  DeliveryModuleOptions,
  DeliveryStatus,
  LatLng,
  ResolvedDeliveryOptions,
} from "./types"

export type LocationInput = LatLng & {
  accuracy_m?: number | null
  heading?: number | null
  speed_kmh?: number | null
  recorded_at?: Date | string
}

export type NearbyDriver = { id: string; distance_km: number }

export type TransitionInput = {
  id: string
  from: DeliveryStatus[]
  to: DeliveryStatus
  /** Only this driver's delivery moves (driver routes). */
  driver_id?: string
  set?: Record<string, unknown>
  /** Withdraw the delivery's open offers (a direct assignment). */
  withdraw_offers?: boolean
  event: {
    type: string
    reason?: string | null
    actor_type: "driver" | "user" | "customer" | "system"
    actor_id?: string | null
  }
}

/** An order's latest delivery with its driver, as the tracking page reads it. */
export type TrackingRow = {
  id: string
  status: DeliveryStatus
  failure_reason: string | null
  pickup_lat: number | null
  pickup_lng: number | null
  dropoff_lat: number | null
  dropoff_lng: number | null
  picked_up_at: Date | null
  delivered_at: Date | null
  updated_at: Date
  driver: {
    id: string
    first_name: string
    vehicle_type: string | null
    vehicle_model: string | null
    vehicle_plate: string | null
    last_lat: number | null
    last_lng: number | null
    last_location_at: Date | null
  } | null
}

/** The stored hash of a login code (salted with the row id). */
export const hashLoginCode = (id: string, code: string) =>
  createHash("sha256").update(`${id}:${code}`).digest("hex")

// Great-circle distance in SQL (km), for the nearest-driver search.
const HAVERSINE_SQL = `2 * 6371.0088 * asin(least(1, sqrt(
  power(sin(radians(d.last_lat - ?) / 2), 2) +
  cos(radians(?)) * cos(radians(d.last_lat)) *
  power(sin(radians(d.last_lng - ?) / 2), 2))))`

export default class DeliveryModuleService extends MedusaService({
  Driver,
  DriverDocument,
  DriverReview,
  Delivery,
  DeliveryEvent,
  DeliveryOffer,
  DriverLocation,
  DriverEarning,
  DriverPayout,
  DeliveryRating,
  DriverLoginCode,
}) {
  protected readonly options_: ResolvedDeliveryOptions

  constructor(
    container: Record<string, unknown>,
    options: DeliveryModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = validateDeliveryOptions(options)
  }

  /** The module's options with their defaults. */
  getOptions(): ResolvedDeliveryOptions {
    return this.options_
  }

  /**
   * Records a driver's location unless the previous one is younger than
   * `locationMinIntervalMs`: one conditional UPDATE of the driver row decides
   * (the rate limit holds across server instances), then the point is added
   * to the history. Returns false when rate-limited.
   */
  @InjectTransactionManager()
  async recordLocation(
    driver_id: string,
    point: LocationInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const trx =
      sharedContext.transactionManager!.getTransactionContext<Knex.Transaction>()!
    // Workflow inputs are serialised: a Date may arrive as a string.
    const now = point.recorded_at ? new Date(point.recorded_at) : new Date()
    const minInterval = this.options_.locationMinIntervalMs
    const updated = await trx("driver")
      .update({
        last_lat: point.lat,
        last_lng: point.lng,
        last_location_at: now,
        updated_at: new Date(),
      })
      .where({ id: driver_id })
      .whereNull("deleted_at")
      .andWhere((q) =>
        q
          .whereNull("last_location_at")
          .orWhereRaw("last_location_at <= ?::timestamptz - ?::interval", [
            now.toISOString(),
            `${minInterval} milliseconds`,
          ])
      )
    if (!updated) {
      return false
    }
    await trx("driver_location").insert({
      id: generateEntityId(undefined, "dloc"),
      driver_id,
      lat: point.lat,
      lng: point.lng,
      accuracy_m: point.accuracy_m ?? null,
      heading: point.heading ?? null,
      speed_kmh: point.speed_kmh ?? null,
      recorded_at: now,
    })
    return true
  }

  /** Deletes location history recorded before `before`; returns the count. */
  @InjectManager()
  async expireLocations(
    before: Date,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<number> {
    const knex = sharedContext.manager!.getKnex()
    return await knex("driver_location").where("recorded_at", "<", before).del()
  }

  /**
   * Approved, active, available drivers with a fresh location within
   * `max_km` of `point`, nearest first; drivers holding an open offer or
   * listed in `exclude` are left out.
   */
  @InjectManager()
  async listNearestDrivers(
    input: {
      point: LatLng
      max_km: number
      fresh_since: Date
      exclude?: string[]
      limit?: number
    },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<NearbyDriver[]> {
    const knex = sharedContext.manager!.getKnex()
    const { lat, lng } = input.point
    const distance = knex.raw(HAVERSINE_SQL, [lat, lat, lng])
    const rows = await knex
      .select("id", "distance_km")
      .from(
        knex("driver as d")
          .select("d.id", knex.raw(`${distance.toQuery()} as distance_km`))
          .whereNull("d.deleted_at")
          .where({ "d.status": "approved", "d.is_active": true })
          .where("d.available", true)
          .whereNotNull("d.last_lat")
          .where("d.last_location_at", ">=", input.fresh_since)
          .whereNotIn("d.id", input.exclude ?? [])
          .whereNotExists(
            knex("delivery_offer as o")
              .select(knex.raw("1"))
              .whereRaw("o.driver_id = d.id")
              .where("o.status", "pending")
              .whereNull("o.deleted_at")
          )
          .as("candidates")
      )
      .where("distance_km", "<=", input.max_km)
      .orderBy([
        { column: "distance_km", order: "asc" },
        { column: "id", order: "asc" },
      ])
      .limit(input.limit ?? 1)
    return rows.map((r: { id: string; distance_km: string | number }) => ({
      id: r.id,
      distance_km: Number(r.distance_km),
    }))
  }

  /**
   * Accepts a driver's open offer, in one transaction that first locks the
   * delivery row; then two conditional UPDATEs: the offer must still be
   * pending and unexpired, and the delivery still `offered`. When two
   * drivers accept at once, the second waits for the first to commit, then
   * finds its offer withdrawn: exactly one wins, the other gets CONFLICT
   * and nothing of theirs changes. The other open offers are withdrawn.
   */
  @InjectTransactionManager()
  async acceptOffer(
    input: { offer_id: string; driver_id: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ delivery_id: string; previous_status: DeliveryStatus }> {
    const trx =
      sharedContext.transactionManager!.getTransactionContext<Knex.Transaction>()!
    const now = new Date()
    const notFound = () =>
      new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Offer with id ${input.offer_id} was not found.`
      )
    const target = await trx("delivery_offer")
      .first("delivery_id")
      .where({ id: input.offer_id, driver_id: input.driver_id })
      .whereNull("deleted_at")
    if (!target) {
      throw notFound()
    }
    // Every accept of the delivery locks its row first: concurrent accepts
    // queue here instead of deadlocking on each other's offers.
    await trx("delivery")
      .first("id")
      .where({ id: target.delivery_id })
      .forUpdate()
    const [offer] = await trx("delivery_offer")
      .update({ status: "accepted", responded_at: now, updated_at: now })
      .where({ id: input.offer_id, driver_id: input.driver_id })
      .where("status", "pending")
      .where("expires_at", ">", now)
      .whereNull("deleted_at")
      .returning(["delivery_id"])
    if (!offer) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Offer ${input.offer_id} is no longer open.`
      )
    }
    const [delivery] = await trx("delivery")
      .update({
        status: "assigned",
        driver_id: input.driver_id,
        assigned_at: now,
        updated_at: now,
      })
      .where({ id: offer.delivery_id, status: "offered" })
      .whereNull("deleted_at")
      .returning(["id"])
    if (!delivery) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Delivery ${offer.delivery_id} was already taken.`
      )
    }
    await trx("delivery_offer")
      .update({ status: "withdrawn", responded_at: now, updated_at: now })
      .where({ delivery_id: offer.delivery_id, status: "pending" })
      .whereNull("deleted_at")
    await trx("delivery_event").insert({
      id: generateEntityId(undefined, "dlve"),
      delivery_id: offer.delivery_id,
      type: "offer_accepted",
      from_status: "offered",
      to_status: "assigned",
      driver_id: input.driver_id,
      actor_type: "driver",
      actor_id: input.driver_id,
    })
    return { delivery_id: offer.delivery_id, previous_status: "offered" }
  }

  /**
   * Moves a delivery from one of `from` to `to` with a conditional UPDATE
   * (a concurrent change makes it fail instead of overwriting) and records
   * the history event. Throws NOT_ALLOWED when the delivery is not in `from`.
   */
  @InjectTransactionManager()
  async transitionDelivery(
    input: TransitionInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{
    id: string
    from: DeliveryStatus
    snapshot: Record<string, unknown>
    event_id: string
  }> {
    const trx =
      sharedContext.transactionManager!.getTransactionContext<Knex.Transaction>()!
    const current = await trx("delivery")
      .first("*")
      .where({ id: input.id })
      .whereNull("deleted_at")
      .forUpdate()
    if (
      !current ||
      (input.driver_id && current.driver_id !== input.driver_id)
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Delivery with id ${input.id} was not found.`
      )
    }
    if (!input.from.includes(current.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Delivery ${input.id} is ${current.status}; it cannot become ${input.to}.`
      )
    }
    const now = new Date()
    await trx("delivery")
      .update({ ...(input.set ?? {}), status: input.to, updated_at: now })
      .where({ id: input.id, status: current.status })
    if (input.withdraw_offers) {
      await trx("delivery_offer")
        .update({ status: "withdrawn", responded_at: now, updated_at: now })
        .where({ delivery_id: input.id, status: "pending" })
        .whereNull("deleted_at")
    }
    const event_id = generateEntityId(undefined, "dlve")
    await trx("delivery_event").insert({
      id: event_id,
      delivery_id: input.id,
      type: input.event.type,
      from_status: current.status,
      to_status: input.to,
      driver_id: (input.set?.driver_id as string) ?? current.driver_id,
      reason: input.event.reason ?? null,
      actor_type: input.event.actor_type,
      actor_id: input.event.actor_id ?? null,
    })
    const snapshot: Record<string, unknown> = { status: current.status }
    for (const key of Object.keys(input.set ?? {})) {
      snapshot[key] = current[key]
    }
    return { id: input.id, from: current.status, snapshot, event_id }
  }

  /**
   * Opens offers of a pending (or already offered) delivery to the given
   * drivers until `expires_at`, under a row lock of the delivery, and makes
   * it `offered`. Returns the offers created.
   */
  @InjectTransactionManager()
  async openOffers(
    input: {
      delivery_id: string
      candidates: NearbyDriver[]
      expires_at: Date
      actor_type: "user" | "system"
      actor_id?: string | null
    },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<
    { id: string; driver_id: string; previous_status: DeliveryStatus }[]
  > {
    const trx =
      sharedContext.transactionManager!.getTransactionContext<Knex.Transaction>()!
    const current = await trx("delivery")
      .first("id", "status")
      .where({ id: input.delivery_id })
      .whereNull("deleted_at")
      .forUpdate()
    if (!current) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Delivery with id ${input.delivery_id} was not found.`
      )
    }
    if (!["pending", "offered"].includes(current.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Delivery ${input.delivery_id} is ${current.status}; it cannot be offered.`
      )
    }
    if (!input.candidates.length) {
      return []
    }
    const now = new Date()
    const rows = input.candidates.map((c) => ({
      id: generateEntityId(undefined, "dlvo"),
      delivery_id: input.delivery_id,
      driver_id: c.id,
      distance_km: c.distance_km,
      status: "pending",
      expires_at: input.expires_at,
    }))
    await trx("delivery_offer").insert(rows)
    await trx("delivery")
      .update({ status: "offered", updated_at: now })
      .where({ id: input.delivery_id })
    await trx("delivery_event").insert(
      rows.map((r) => ({
        id: generateEntityId(undefined, "dlve"),
        delivery_id: input.delivery_id,
        type: "offered",
        from_status: current.status,
        to_status: "offered",
        driver_id: r.driver_id,
        actor_type: input.actor_type,
        actor_id: input.actor_id ?? null,
      }))
    )
    return rows.map((r) => ({
      id: r.id,
      driver_id: r.driver_id,
      previous_status: current.status,
    }))
  }

  /** Undoes {@link openOffers}: deletes the offers, restores the status. */
  @InjectTransactionManager()
  async revertOffers(
    input: { delivery_id: string; offer_ids: string[]; status: DeliveryStatus },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const trx =
      sharedContext.transactionManager!.getTransactionContext<Knex.Transaction>()!
    await trx("delivery_offer").whereIn("id", input.offer_ids).del()
    await trx("delivery")
      .update({ status: input.status })
      .where({ id: input.delivery_id, status: "offered" })
  }

  /**
   * Closes open offers: the driver's own (declined) or every expired one.
   * A delivery left without an open offer goes back to `pending`. Returns
   * the deliveries that did.
   */
  @InjectTransactionManager()
  async closeOffers(
    input:
      | { offer_id: string; driver_id: string; status: "declined" }
      | { expired_before: Date; status: "expired" },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ closed: number; reopened: string[] }> {
    const trx =
      sharedContext.transactionManager!.getTransactionContext<Knex.Transaction>()!
    const now = new Date()
    const q = trx("delivery_offer")
      .update({ status: input.status, responded_at: now, updated_at: now })
      .where("status", "pending")
      .whereNull("deleted_at")
    if (input.status === "declined") {
      q.where({ id: input.offer_id, driver_id: input.driver_id })
    } else {
      q.where("expires_at", "<=", input.expired_before)
    }
    const closed: { delivery_id: string; driver_id: string }[] =
      await q.returning(["delivery_id", "driver_id"])
    if (input.status === "declined" && !closed.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Open offer with id ${input.offer_id} was not found.`
      )
    }
    const ids = [...new Set(closed.map((c) => c.delivery_id))]
    const reopened: { id: string }[] = ids.length
      ? await trx("delivery")
          .update({ status: "pending", updated_at: now })
          .whereIn("id", ids)
          .where("status", "offered")
          .whereNotExists(
            trx("delivery_offer as o")
              .select(trx.raw("1"))
              .whereRaw("o.delivery_id = delivery.id")
              .where("o.status", "pending")
              .whereNull("o.deleted_at")
          )
          .returning(["id"])
      : []
    if (closed.length) {
      await trx("delivery_event").insert(
        closed.map((c) => ({
          id: generateEntityId(undefined, "dlve"),
          delivery_id: c.delivery_id,
          type: `offer_${input.status}`,
          driver_id: c.driver_id,
          from_status: "offered",
          to_status: reopened.some((r) => r.id === c.delivery_id)
            ? "pending"
            : "offered",
          actor_type: input.status === "declined" ? "driver" : "system",
          actor_id: input.status === "declined" ? c.driver_id : null,
        }))
      )
    }
    return { closed: closed.length, reopened: reopened.map((r) => r.id) }
  }

  /** Drivers who already had an offer of the delivery (not offered again). */
  @InjectManager()
  async listOfferedDriverIds(
    delivery_id: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const knex = sharedContext.manager!.getKnex()
    const rows = await knex("delivery_offer")
      .distinct("driver_id")
      .where({ delivery_id })
      .whereNull("deleted_at")
    return rows.map((r: { driver_id: string }) => r.driver_id)
  }

  /**
   * Gathers the driver's unpaid earnings into one pending payout (their
   * sum), under row locks so an earning is never paid twice.
   */
  @InjectTransactionManager()
  async createPayoutFromEarnings(
    input: { driver_id: string; currency_code: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ id: string; earning_ids: string[] }> {
    const trx =
      sharedContext.transactionManager!.getTransactionContext<Knex.Transaction>()!
    const earnings: { id: string; raw_amount: { value: string } }[] = await trx(
      "driver_earning"
    )
      .select("id", "raw_amount")
      .where({ driver_id: input.driver_id, currency_code: input.currency_code })
      .whereNull("payout_id")
      .whereNull("deleted_at")
      .forUpdate()
    if (!earnings.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Driver ${input.driver_id} has no unpaid earnings.`
      )
    }
    const amount = earnings.reduce(
      (sum, e) => MathBN.add(sum, e.raw_amount.value),
      MathBN.convert(0)
    )
    const id = generateEntityId(undefined, "dpay")
    await trx("driver_payout").insert({
      id,
      driver_id: input.driver_id,
      amount: amount.toNumber(),
      raw_amount: { value: amount.toString(), precision: 20 },
      currency_code: input.currency_code,
      status: "pending",
    })
    const earning_ids = earnings.map((e) => e.id)
    await trx("driver_earning")
      .update({ payout_id: id, updated_at: new Date() })
      .whereIn("id", earning_ids)
    return { id, earning_ids }
  }

  /** Undoes {@link createPayoutFromEarnings}. */
  @InjectTransactionManager()
  async revertPayout(
    id: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const trx =
      sharedContext.transactionManager!.getTransactionContext<Knex.Transaction>()!
    await trx("driver_earning")
      .update({ payout_id: null })
      .where({ payout_id: id })
    await trx("driver_payout").where({ id }).del()
  }

  /**
   * Checks an SMS login code against the phone's latest live code, under a
   * row lock: a wrong code counts an attempt (kept, the answer is
   * `ok: false`), a right one is used up. Returns the driver on success.
   */
  @InjectTransactionManager()
  async consumeLoginCode(
    input: { phone: string; code: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ ok: boolean; driver_id?: string }> {
    const trx =
      sharedContext.transactionManager!.getTransactionContext<Knex.Transaction>()!
    const now = new Date()
    const row = await trx("driver_login_code")
      .first("id", "driver_id", "code_hash", "attempts")
      .where({ phone: input.phone })
      .whereNull("used_at")
      .whereNull("deleted_at")
      .where("expires_at", ">", now)
      .orderBy("created_at", "desc")
      .forUpdate()
    if (!row || row.attempts >= this.options_.loginCodeMaxAttempts) {
      return { ok: false }
    }
    const expected = Buffer.from(row.code_hash, "hex")
    const given = Buffer.from(hashLoginCode(row.id, input.code), "hex")
    if (!timingSafeEqual(expected, given)) {
      await trx("driver_login_code")
        .update({ attempts: row.attempts + 1, updated_at: now })
        .where({ id: row.id })
      return { ok: false }
    }
    await trx("driver_login_code")
      .update({ used_at: now, updated_at: now })
      .where({ id: row.id })
    return { ok: true, driver_id: row.driver_id }
  }

  /**
   * The order's latest delivery with its driver's public fields (null when
   * none, or when the driver was deleted), in one query: the customer's
   * tracking page reads it on every poll (issue #17).
   */
  @InjectManager()
  async retrieveTracking(
    order_id: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<TrackingRow | null> {
    const knex = sharedContext.manager!.getKnex()
    const row = await knex("delivery as d")
      .leftJoin("driver as r", function () {
        this.on("r.id", "=", "d.driver_id").andOnNull("r.deleted_at")
      })
      .where("d.order_id", order_id)
      .whereNull("d.deleted_at")
      .orderBy("d.created_at", "desc")
      .first(
        "d.id",
        "d.status",
        "d.failure_reason",
        "d.pickup_lat",
        "d.pickup_lng",
        "d.dropoff_lat",
        "d.dropoff_lng",
        "d.picked_up_at",
        "d.delivered_at",
        "d.updated_at",
        "r.id as driver_id",
        "r.first_name as driver_first_name",
        "r.vehicle_type as driver_vehicle_type",
        "r.vehicle_model as driver_vehicle_model",
        "r.vehicle_plate as driver_vehicle_plate",
        "r.last_lat as driver_last_lat",
        "r.last_lng as driver_last_lng",
        "r.last_location_at as driver_last_location_at"
      )
    if (!row) {
      return null
    }
    const {
      driver_id,
      driver_first_name,
      driver_vehicle_type,
      driver_vehicle_model,
      driver_vehicle_plate,
      driver_last_lat,
      driver_last_lng,
      driver_last_location_at,
      ...delivery
    } = row
    return {
      ...delivery,
      driver: driver_id
        ? {
            id: driver_id,
            first_name: driver_first_name,
            vehicle_type: driver_vehicle_type,
            vehicle_model: driver_vehicle_model,
            vehicle_plate: driver_vehicle_plate,
            last_lat: driver_last_lat,
            last_lng: driver_last_lng,
            last_location_at: driver_last_location_at,
          }
        : null,
    }
  }

  /** Deliveries, offers and ratings of a driver, counted for their stats. */
  @InjectManager()
  async driverStats(
    driver_id: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const knex = sharedContext.manager!.getKnex()
    const [d] = await knex("delivery")
      .where({ driver_id })
      .whereNull("deleted_at")
      .select(
        knex.raw("count(*)::int as assigned"),
        knex.raw(
          "count(*) filter (where status = 'delivered')::int as delivered"
        ),
        knex.raw("count(*) filter (where status = 'failed')::int as failed"),
        knex.raw(
          "count(*) filter (where status = 'delivered' and (due_at is null or delivered_at <= due_at))::int as on_time"
        )
      )
    const [o] = await knex("delivery_offer")
      .where({ driver_id })
      .whereNull("deleted_at")
      .select(
        knex.raw("count(*)::int as offers"),
        knex.raw("count(*) filter (where status = 'accepted')::int as accepted")
      )
    const [r] = await knex("delivery_rating")
      .where({ driver_id })
      .whereNull("deleted_at")
      .select(
        knex.raw("count(*)::int as ratings"),
        knex.raw("avg(rating)::float as average")
      )
    const finished = d.delivered + d.failed
    return {
      deliveries: d.assigned,
      delivered: d.delivered,
      failed: d.failed,
      completion_rate: finished ? d.delivered / finished : null,
      on_time_rate: d.delivered ? d.on_time / d.delivered : null,
      offers: o.offers,
      acceptance_rate: o.offers ? o.accepted / o.offers : null,
      rating_count: r.ratings,
      rating_average:
        r.average === null ? null : Math.round(r.average * 100) / 100,
    }
  }
}

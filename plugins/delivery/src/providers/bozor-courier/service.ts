import {
  AbstractFulfillmentProviderService,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  CreateShippingOptionDTO,
  FulfillmentOption,
  Logger,
} from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { DEFAULT_DEPOT } from "../../modules/delivery/loaders/validate-options"
import { haversineKm, roundKm } from "../../modules/delivery/utils/geo"
import type { LatLng } from "../../modules/delivery/types"
import type { BozorCourierOptions, CourierPricing } from "./types"

const optionsSchema = z.object({
  baseAmount: z.number().min(0).default(15000),
  perKmAmount: z.number().min(0).default(2000),
  roundTo: z.number().positive().default(1000),
  maxDistanceKm: z.number().positive().max(1000).default(50),
  depot: z
    .object({
      lat: z.number().min(-90).max(90),
      lng: z.number().min(-180).max(180),
    })
    .default(DEFAULT_DEPOT),
})

const pointSchema = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
})

function parseOptions(options: unknown) {
  const given = Object.fromEntries(
    Object.entries((options ?? {}) as Record<string, unknown>).filter(
      ([, v]) => v !== undefined && v !== null
    )
  )
  const parsed = optionsSchema.safeParse(given)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Option \`${issue.path.join(".")}\` of the bozor-courier fulfillment provider is invalid: ${issue.message}.`
    )
  }
  return parsed.data
}

/** The drop-off point from a shipping method's data or the address metadata. */
export function dropoffOf(
  data: Record<string, unknown> | null | undefined,
  address?: { metadata?: Record<string, unknown> | null } | null
): LatLng | null {
  for (const source of [data, address?.metadata]) {
    if (source && source.lat !== undefined && source.lng !== undefined) {
      const parsed = pointSchema.safeParse(source)
      if (parsed.success) {
        return parsed.data
      }
    }
  }
  return null
}

/**
 * "Bozor courier": the store's own couriers. Two fulfillment options:
 * `bozor-courier-zone` (a flat price per Medusa service zone, set on the
 * shipping option) and `bozor-courier-distance` (calculated: base + per km
 * from the depot to the drop-off point the storefront sends as the shipping
 * method's `data: { lat, lng }`). Deliveries are created by the plugin when
 * the fulfillment is created (subscriber `delivery-fulfillment-created`).
 */
export default class BozorCourierFulfillmentProviderService extends AbstractFulfillmentProviderService {
  static identifier = "bozor-courier"

  protected readonly options_: z.infer<typeof optionsSchema>
  protected readonly logger_: Logger

  static validateOptions(options: Record<string, unknown>) {
    parseOptions(options)
  }

  constructor({ logger }: { logger: Logger }, options: BozorCourierOptions) {
    super()
    this.logger_ = logger
    this.options_ = parseOptions(options)
  }

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [
      {
        id: "bozor-courier-zone",
        name: "Courier, price per zone",
        pricing: "zone",
      },
      {
        id: "bozor-courier-distance",
        name: "Courier, price by distance",
        pricing: "distance",
      },
    ]
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    const pricing = (data.pricing ?? "zone") as CourierPricing
    return pricing === "zone" || pricing === "distance"
  }

  async canCalculate(data: CreateShippingOptionDTO): Promise<boolean> {
    return (
      (data.data as Record<string, unknown> | undefined)?.pricing === "distance"
    )
  }

  /** The km from the depot to `point`, refused beyond `maxDistanceKm`. */
  protected distanceTo(point: LatLng): number {
    const km = roundKm(haversineKm(this.options_.depot, point))
    if (km > this.options_.maxDistanceKm) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The address is ${km} km from the depot; couriers deliver up to ${this.options_.maxDistanceKm} km.`
      )
    }
    return km
  }

  async validateFulfillmentData(
    optionData: Record<string, unknown>,
    data: Record<string, unknown>
  ): Promise<Record<string, unknown>> {
    const given = data ?? {}
    if (given.lat === undefined && given.lng === undefined) {
      if (optionData.pricing === "distance") {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "Courier delivery priced by distance needs the drop-off point: data { lat, lng }."
        )
      }
      return {}
    }
    const parsed = pointSchema.safeParse(given)
    if (!parsed.success) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The drop-off point must be data { lat: -90..90, lng: -180..180 }."
      )
    }
    const distance_km = this.distanceTo(parsed.data)
    return { ...parsed.data, distance_km }
  }

  async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const point = dropoffOf(
      data,
      context?.shipping_address as { metadata?: Record<string, unknown> | null }
    )
    if (!point) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Courier delivery priced by distance needs the drop-off point: data { lat, lng }."
      )
    }
    const km = this.distanceTo(point)
    const raw = MathBN.add(
      this.options_.baseAmount,
      MathBN.mult(this.options_.perKmAmount, km)
    )
    const step = this.options_.roundTo
    const rounded = MathBN.mult(
      MathBN.convert(MathBN.div(raw, step).toNumber()).integerValue(2),
      step
    )
    return {
      calculated_amount: rounded.toNumber(),
      is_calculated_price_tax_inclusive: false,
    }
  }

  async createFulfillment(
    data: Record<string, unknown>
  ): Promise<CreateFulfillmentResult> {
    // Nothing to call: the plugin's subscriber turns the fulfillment into a
    // delivery for the couriers.
    return { data: { ...(data ?? {}), courier: "bozor" }, labels: [] }
  }

  async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}

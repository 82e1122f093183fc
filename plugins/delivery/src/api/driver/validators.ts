import { z } from "@medusajs/framework/zod"
import { normalizeUzPhone } from "@bozor/uz-utils"

const name = z.string().trim().min(1).max(100)
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9]{7,15}$/, {
    message: "must be 7–15 digits, optionally with +",
  })

export const VEHICLE_TYPES = [
  "foot",
  "bicycle",
  "scooter",
  "motorcycle",
  "car",
  "van",
] as const

export const DOCUMENT_KINDS = [
  "driver_license",
  "id_card",
  "vehicle_registration",
  "insurance",
  "photo",
  "other",
] as const

export const DriverRegister = z
  .object({
    email: z.string().trim().email().max(200),
    first_name: name,
    last_name: name.nullish(),
    phone: phone.nullish(),
  })
  .strict()
export type DriverRegisterType = z.infer<typeof DriverRegister>

export const DriverUpdateProfile = z
  .object({
    first_name: name.optional(),
    last_name: name.nullish(),
    phone: phone.nullish(),
    vehicle_type: z.enum(VEHICLE_TYPES).optional(),
    vehicle_model: z.string().trim().max(100).nullish(),
    vehicle_plate: z.string().trim().max(20).nullish(),
    license_number: z.string().trim().min(3).max(40).optional(),
  })
  .strict()
export type DriverUpdateProfileType = z.infer<typeof DriverUpdateProfile>

/** 5 MB of file as base64 (4/3 of the bytes). */
export const MAX_DOCUMENT_BASE64 = Math.ceil((5 * 1024 * 1024 * 4) / 3)

export const DriverUploadDocuments = z
  .object({
    documents: z
      .array(
        z
          .object({
            kind: z.enum(DOCUMENT_KINDS),
            filename: z.string().trim().min(1).max(200),
            mime_type: z.enum([
              "image/jpeg",
              "image/png",
              "image/webp",
              "application/pdf",
            ]),
            content: z
              .string()
              .min(4)
              .max(MAX_DOCUMENT_BASE64)
              .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: "must be base64" }),
          })
          .strict()
      )
      .min(1)
      .max(5),
  })
  .strict()
export type DriverUploadDocumentsType = z.infer<typeof DriverUploadDocuments>

export const DriverAvailability = z.object({ available: z.boolean() }).strict()
export type DriverAvailabilityType = z.infer<typeof DriverAvailability>

export const DriverLocation = z
  .object({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    accuracy_m: z.number().min(0).max(10_000).nullish(),
    heading: z.number().min(0).max(360).nullish(),
    speed_kmh: z.number().min(0).max(300).nullish(),
  })
  .strict()
export type DriverLocationType = z.infer<typeof DriverLocation>

export const DriverDeliveryStatusBody = z
  .object({
    status: z.enum(["picked_up", "in_transit", "delivered", "failed"]),
    reason: z.string().trim().min(3).max(500).optional(),
  })
  .strict()
  .refine((b) => b.status !== "failed" || !!b.reason, {
    message: "A failed delivery needs a reason",
    path: ["reason"],
  })
export type DriverDeliveryStatusBodyType = z.infer<
  typeof DriverDeliveryStatusBody
>

export const DriverListDeliveries = z
  .object({
    status: z
      .enum(["assigned", "picked_up", "in_transit", "delivered", "failed"])
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type DriverListDeliveriesType = z.infer<typeof DriverListDeliveries>

export const DriverEmptyQuery = z.object({}).strict()

/** An Uzbek mobile number in any usual writing, normalised to `998…`. */
const uzPhone = z
  .string()
  .trim()
  .max(30)
  .transform((value, ctx) => {
    try {
      return normalizeUzPhone(value)
    } catch {
      ctx.addIssue({ code: "custom", message: "must be an Uzbek phone number" })
      return z.NEVER
    }
  })

export const DriverSmsRequest = z.object({ phone: uzPhone }).strict()
export type DriverSmsRequestType = z.infer<typeof DriverSmsRequest>

export const DriverSmsVerify = z
  .object({ phone: uzPhone, code: z.string().regex(/^\d{6}$/) })
  .strict()
export type DriverSmsVerifyType = z.infer<typeof DriverSmsVerify>

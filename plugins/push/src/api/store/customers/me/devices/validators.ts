import { z } from "@medusajs/framework/zod"

/** Largest page of `GET /store/customers/me/devices`. */
export const MAX_DEVICES_PAGE = 100

const toInteger = (value: unknown) =>
  typeof value === "string" && value !== "" ? Number(value) : value

/** A device registration: FCM tokens are ~150–180 characters; 4 KB is far beyond any real one. */
export const StoreRegisterDevice = z
  .object({
    token: z
      .string()
      .trim()
      .min(20)
      .max(4096)
      .regex(/^[A-Za-z0-9_:\-.]+$/, "token must be an FCM registration token"),
    platform: z.enum(["android", "ios", "web"]),
    locale: z.enum(["uz", "ru", "en"]).nullish(),
  })
  .strict()

export type StoreRegisterDeviceType = z.infer<typeof StoreRegisterDevice>

/** `?offset=&limit=` with bounds. */
export const StoreListDevices = z
  .object({
    offset: z.preprocess(toInteger, z.number().int().min(0).default(0)),
    limit: z.preprocess(
      toInteger,
      z.number().int().min(1).max(MAX_DEVICES_PAGE).default(20)
    ),
  })
  .strict()

export type StoreListDevicesType = z.infer<typeof StoreListDevices>

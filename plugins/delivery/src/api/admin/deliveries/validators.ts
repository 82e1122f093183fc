import { z } from "@medusajs/framework/zod"

const STATUSES = [
  "pending",
  "offered",
  "assigned",
  "picked_up",
  "in_transit",
  "delivered",
  "failed",
] as const

export const AdminListDeliveries = z
  .object({
    status: z
      .union([z.enum(STATUSES), z.array(z.enum(STATUSES)).max(7)])
      .optional(),
    driver_id: z.string().max(100).optional(),
    order_id: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListDeliveriesType = z.infer<typeof AdminListDeliveries>

export const AdminAssignDelivery = z
  .object({ driver_id: z.string().min(1).max(100) })
  .strict()
export type AdminAssignDeliveryType = z.infer<typeof AdminAssignDelivery>

export const AdminDispatchDelivery = z
  .object({
    driver_ids: z.array(z.string().min(1).max(100)).min(1).max(10).optional(),
  })
  .strict()
export type AdminDispatchDeliveryType = z.infer<typeof AdminDispatchDelivery>

export const AdminDeliveryStatus = z
  .object({
    status: z.enum(["picked_up", "in_transit", "delivered", "failed"]),
    reason: z.string().trim().min(3).max(500).optional(),
  })
  .strict()
  .refine((b) => b.status !== "failed" || !!b.reason, {
    message: "A failed delivery needs a reason",
    path: ["reason"],
  })
export type AdminDeliveryStatusType = z.infer<typeof AdminDeliveryStatus>

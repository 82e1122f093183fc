import { z } from "@medusajs/framework/zod"

const toInteger = (value: unknown) =>
  typeof value === "string" && value !== "" ? Number(value) : value

/** `?offset=&limit=` (limit 1–100). */
export const StoreListInbox = z
  .object({
    offset: z.preprocess(toInteger, z.number().int().min(0).default(0)),
    limit: z.preprocess(
      toInteger,
      z.number().int().min(1).max(100).default(20)
    ),
  })
  .strict()

export type StoreListInboxType = z.infer<typeof StoreListInbox>

/** Nothing in the body of the mark-read routes. */
export const StoreMarkRead = z.object({}).strict()

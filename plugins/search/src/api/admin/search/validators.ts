import { z } from "@medusajs/framework/zod"

/** `GET /admin/search/status` takes no parameters. */
export const AdminGetSearchStatus = z.object({}).strict()

/** `POST /admin/search/reindex` rebuilds the whole product index: no options. */
export const AdminPostSearchReindex = z.object({}).strict()

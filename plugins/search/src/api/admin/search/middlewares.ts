import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminGetSearchStatus, AdminPostSearchReindex } from "./validators"

export const adminSearchMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/search/status",
    middlewares: [
      validateAndTransformQuery(AdminGetSearchStatus, {
        isList: false,
        defaults: [],
      }),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/search/reindex",
    middlewares: [validateAndTransformBody(AdminPostSearchReindex)],
  },
]

import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  StoreAddWishlistItem,
  StoreGetWishlist,
  StoreUpdateWishlistItem,
  StoreWishlistChannel,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])
const noQueryConfig = { isList: false, defaults: [] as string[] }

export const storeWishlistMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/customers/me/wishlist",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetWishlist, noQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/wishlist/items",
    middlewares: [customer, validateAndTransformBody(StoreAddWishlistItem)],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/wishlist/items/:id",
    middlewares: [customer, validateAndTransformBody(StoreUpdateWishlistItem)],
  },
  {
    methods: ["DELETE"],
    matcher: "/store/customers/me/wishlist/items/:id",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreWishlistChannel, noQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/wishlist/share",
    middlewares: [customer, validateAndTransformBody(StoreWishlistChannel)],
  },
  {
    methods: ["DELETE"],
    matcher: "/store/customers/me/wishlist/share",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreWishlistChannel, noQueryConfig),
    ],
  },
]

import type {
  MedusaRequest,
  MedusaResponse,
  MiddlewareFunction,
} from "@medusajs/framework/http"
import { storeProductRoutesMiddlewares } from "@medusajs/medusa/api/store/products/middlewares"

/** Medusa's own middlewares of a GET store product route, in their order. */
export function medusaMiddlewares(matcher: string): MiddlewareFunction[] {
  return (
    storeProductRoutesMiddlewares.find(
      (route) =>
        route.matcher === matcher &&
        ([] as string[]).concat(route.method ?? []).includes("GET")
    )?.middlewares ?? []
  )
}

/**
 * Runs middlewares one after the other; false when one of them answered the
 * request itself instead of calling next(). A middleware's error rejects.
 */
export async function runMiddlewares(
  chain: MiddlewareFunction[],
  req: MedusaRequest,
  res: MedusaResponse
): Promise<boolean> {
  for (const middleware of chain) {
    const passed = await new Promise<boolean>((resolve, reject) => {
      let called = false
      const next = (error?: unknown) => {
        called = true
        error ? reject(error) : resolve(true)
      }
      Promise.resolve(middleware(req, res, next)).then(
        () => !called && resolve(false),
        reject
      )
    })
    if (!passed) return false
  }
  return true
}

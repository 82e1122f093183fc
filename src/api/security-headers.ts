import type { MiddlewareRoute } from "@medusajs/framework/http"
import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import helmet from "helmet"

type Handler = ReturnType<typeof helmet>

let headers: Handler | undefined

/**
 * Helmet's headers on every response: no `X-Powered-By`, `nosniff`, frame
 * protection (`X-Frame-Options: SAMEORIGIN`), and HSTS only when cookies are
 * `Secure` (the store is behind TLS). No CSP here: the API returns JSON and
 * the dashboard's bundle is Medusa's own.
 */
function securityHeaders(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (!headers) {
    const config: ConfigModule = req.scope.resolve(
      ContainerRegistrationKeys.CONFIG_MODULE
    )
    // Medusa's own rule for the session cookie: Secure in production and
    // staging, unless the config says otherwise (COOKIE_SECURE).
    const env = process.env.NODE_ENV
    const secure =
      config.projectConfig.cookieOptions?.secure ??
      (env === "production" || env === "staging")
    headers = helmet({
      contentSecurityPolicy: false,
      crossOriginEmbedderPolicy: false,
      crossOriginResourcePolicy: false,
      frameguard: { action: "sameorigin" },
      strictTransportSecurity: secure
        ? { maxAge: 180 * 24 * 3600, includeSubDomains: true }
        : false,
    })
  }
  headers(req, res, next)
}

export const securityHeadersMiddlewares: MiddlewareRoute[] = [
  { matcher: "/*", middlewares: [securityHeaders] },
]

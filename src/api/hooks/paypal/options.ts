import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PayPalClient } from "../../../modules/providers/paypal/client"
import type { PayPalOptions } from "../../../modules/providers/paypal/types"

/**
 * The PayPal provider's options as registered in medusa-config.ts, or null
 * when PayPal is not configured: the webhook route and the provider share one
 * configuration.
 */
export function getPayPalOptions(
  container: MedusaContainer
): PayPalOptions | null {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const modules = (config.modules ?? {}) as unknown
  const entries = Array.isArray(modules)
    ? modules
    : Object.values(modules as Record<string, unknown>)
  for (const entry of entries) {
    const providers = (entry as { options?: { providers?: unknown } })?.options
      ?.providers
    if (!Array.isArray(providers)) {
      continue
    }
    for (const p of providers as {
      id?: string
      resolve?: unknown
      options?: PayPalOptions
    }[]) {
      if (
        p?.id === "paypal" &&
        typeof p.resolve === "string" &&
        /providers\/paypal\/?$/.test(p.resolve) &&
        p.options
      ) {
        return p.options
      }
    }
  }
  return null
}

const clients = new Map<string, PayPalClient>()

/** One client (and OAuth token) per configuration. */
export function getPayPalClient(options: PayPalOptions): PayPalClient {
  const key = JSON.stringify(options)
  let client = clients.get(key)
  if (!client) {
    client = new PayPalClient(options)
    clients.set(key, client)
  }
  return client
}

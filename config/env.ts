import { loadEnv } from "@medusajs/framework/utils"

// The only place, with the other files of this folder, where the store reads
// its environment: plugins get everything as options.
loadEnv(process.env.NODE_ENV || "development", process.cwd())

export const env = process.env
export const isProduction = env.NODE_ENV === "production"
export const redisUrl = env.REDIS_URL || undefined

export type ProviderConfig = {
  resolve: string
  id: string
  is_default?: boolean
  options?: Record<string, unknown>
}

/** A variable, or undefined when unset or empty. */
export function optional(name: string): string | undefined {
  return env[name] || undefined
}

/** A numeric variable, or undefined when unset; a non-number stops the start, named. */
export function optionalNumber(name: string): number | undefined {
  const value = env[name]
  if (value === undefined || value === "") {
    return undefined
  }
  const number = Number(value)
  if (!Number.isFinite(number)) {
    throw new Error(`${name} must be a number (got "${value}").`)
  }
  return number
}

/** A JSON variable, or undefined when unset; bad JSON stops the start, named. */
export function optionalJson(name: string): unknown {
  const value = env[name]
  if (value === undefined || value === "") {
    return undefined
  }
  try {
    return JSON.parse(value)
  } catch {
    throw new Error(`${name} must be JSON (got "${value}").`)
  }
}

/** "true" is true; anything else false. */
export const flag = (name: string) => env[name] === "true"

// Secrets must come from the environment in production. `npm start` generates
// and keeps random ones in its data folder when they are not set.
export function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  const value = env[name]
  if (value) {
    return value
  }
  if (isProduction) {
    throw new Error(`${name} must be set when NODE_ENV=production.`)
  }
  return "bozor-development-only-secret"
}

export type WorkerMode = "shared" | "worker" | "server"

export function workerMode(): WorkerMode {
  const value = env.MEDUSA_WORKER_MODE
  if (!value) {
    return "shared"
  }
  if (value === "shared" || value === "worker" || value === "server") {
    return value
  }
  throw new Error(
    `MEDUSA_WORKER_MODE must be one of shared, worker, server (got "${value}").`
  )
}

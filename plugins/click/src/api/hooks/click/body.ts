import type { MedusaRequest } from "@medusajs/framework/http"

/**
 * The callback's fields as Click sent them. Form bodies are re-read from the
 * raw bytes (`preserveRawBody`) so every value is the exact string Click
 * signed, flat, without the extended (qs) parser's nesting.
 */
export function clickFields(req: MedusaRequest): Record<string, unknown> {
  const contentType = String(req.headers["content-type"] ?? "")
  const raw = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
  if (raw && contentType.includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(raw.toString("utf8")))
  }
  const body = req.body
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return {}
  }
  // A JSON body (accepted as Click's PHP reference does): scalars as strings.
  const fields: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    fields[key] =
      typeof value === "number" || typeof value === "boolean"
        ? String(value)
        : value
  }
  return fields
}

import Medusa from "@medusajs/js-sdk"

/** The dashboard's own session: same origin unless the backend is elsewhere. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})

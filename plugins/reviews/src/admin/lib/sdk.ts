import Medusa from "@medusajs/js-sdk"

/** The dashboard's own session: the plugin's admin routes are called as the logged-in user. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})

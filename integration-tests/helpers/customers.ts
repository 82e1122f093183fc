import type { AxiosInstance } from "axios"

/** Registers a customer through the Store API and returns its auth headers. */
export async function registerCustomer(
  api: AxiosInstance,
  publishableKey: string,
  email: string,
  password = "test-password-1"
) {
  const {
    data: { token: registration },
  } = await api.post("/auth/customer/emailpass/register", { email, password })
  const {
    data: { customer },
  } = await api.post(
    "/store/customers",
    { email, first_name: email.split("@")[0] },
    {
      headers: {
        authorization: `Bearer ${registration}`,
        "x-publishable-api-key": publishableKey,
      },
    }
  )
  const {
    data: { token },
  } = await api.post("/auth/customer/emailpass", { email, password })
  return {
    customer: customer as { id: string; email: string },
    headers: {
      authorization: `Bearer ${token}`,
      "x-publishable-api-key": publishableKey,
    },
  }
}

/** Logs the seeded admin in and returns its auth headers. */
export async function adminHeaders(
  api: AxiosInstance,
  email: string,
  password: string
) {
  const {
    data: { token },
  } = await api.post("/auth/user/emailpass", { email, password })
  return { authorization: `Bearer ${token}` }
}

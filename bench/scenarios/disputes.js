// Disputes (issue #17): a customer's dispute list beside core
// GET /store/customers/me with the same token, same run.
module.exports = {
  name: "disputes",
  env: {},
  async run(ctx) {
    const email = `bench-disputes-${Date.now()}@example.uz`
    const password = "bench-password"
    const post = (path, body, headers = {}) =>
      fetch(`${ctx.baseUrl}${path}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-publishable-api-key": ctx.publishableKey,
          ...headers,
        },
        body: JSON.stringify(body),
      }).then((r) => r.json())
    const { token: registration } = await post(
      "/auth/customer/emailpass/register",
      { email, password }
    )
    await post(
      "/store/customers",
      { email },
      { authorization: `Bearer ${registration}` }
    )
    const { token } = await post("/auth/customer/emailpass", {
      email,
      password,
    })
    const headers = {
      authorization: `Bearer ${token}`,
      "x-publishable-api-key": ctx.publishableKey,
    }
    await ctx.measure({
      name: "GET /store/customers/me (core baseline)",
      path: "/store/customers/me",
      headers,
    })
    await ctx.measure({
      name: "GET /store/customers/me/disputes (no disputes yet)",
      path: "/store/customers/me/disputes",
      headers,
    })
  },
}

// A small JSON client over fetch for the installed app: what a storefront or an
// admin script would send, with the status asserted by the caller.

export type Reply<T = any> = { status: number; data: T }

export type Http = {
  baseUrl: string
  request<T = any>(
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string> }
  ): Promise<Reply<T>>
  /** A request that must answer 2xx; the error names the call and the body. */
  ok<T = any>(
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string> }
  ): Promise<T>
}

export function http(
  baseUrl: string,
  defaultHeaders: Record<string, string> = {}
): Http {
  const client: Http = {
    baseUrl,
    async request(method, path, options = {}) {
      const headers: Record<string, string> = {
        ...defaultHeaders,
        ...options.headers,
      }
      let body: string | undefined
      if (options.body !== undefined) {
        headers["content-type"] ??= "application/json"
        body =
          typeof options.body === "string"
            ? options.body
            : JSON.stringify(options.body)
      }
      const res = await fetch(baseUrl + path, { method, headers, body })
      const text = await res.text()
      let data: any = text
      try {
        data = text ? JSON.parse(text) : null
      } catch {
        // Not JSON: keep the text.
      }
      return { status: res.status, data }
    },
    async ok(method, path, options) {
      const reply = await client.request(method, path, options)
      if (reply.status < 200 || reply.status >= 300) {
        throw new Error(
          `${method} ${path} answered ${reply.status}: ${JSON.stringify(reply.data).slice(0, 2000)}`
        )
      }
      return reply.data
    },
  }
  return client
}

/** An Admin API client authenticated as the user `medusa user` created. */
export async function adminClient(
  baseUrl: string,
  email: string,
  password: string
) {
  const { token } = await http(baseUrl).ok("POST", "/auth/user/emailpass", {
    body: { email, password },
  })
  return http(baseUrl, { authorization: `Bearer ${token}` })
}

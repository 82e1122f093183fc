import http from "node:http"
import { AddressInfo } from "node:net"

/**
 * A local stand-in for the Meilisearch HTTP API (issue #11), written from
 * Meilisearch's API reference (https://www.meilisearch.com/docs/reference/api),
 * implementing only what the provider calls:
 *
 * - POST   /indexes                              create an index → summarized task
 * - DELETE /indexes/{uid}                        delete an index → task
 * - PATCH  /indexes/{uid}/settings               update settings → task
 * - POST   /indexes/{uid}/documents              add or replace documents → task
 * - POST   /indexes/{uid}/documents/delete-batch delete by ids → task
 * - POST   /indexes/{uid}/documents/delete       delete by filter → task
 * - DELETE /indexes/{uid}/documents              delete all documents → task
 * - POST   /indexes/{uid}/search                 search
 * - GET    /tasks/{uid}                          a task (processed at once here)
 * - GET    /tasks?statuses=…                     tasks by status (only `total` is real)
 * - GET    /stats                                document counts per index
 * - GET    /health                               { status: "available" }
 *
 * Every request is recorded so tests assert the exact payloads. Search is a
 * plain substring match on the index's searchable attributes, with the filter
 * expressions the provider emits (=, !=, IN, NOT IN, <, <=, >, >=, EXISTS,
 * IS NULL, AND, OR, NOT, parentheses). It does not emulate Meilisearch's
 * ranking or typo tolerance.
 */

export type RecordedMeiliRequest = {
  method: string
  path: string
  authorization?: string
  body: any
}

type Task = {
  taskUid: number
  indexUid: string | null
  status: "enqueued" | "succeeded" | "failed"
  type: string
  enqueuedAt: string
  error?: { message: string; code: string; type: string; link: string } | null
}

type Index = {
  uid: string
  primaryKey: string
  settings: Record<string, any>
  documents: Map<string, Record<string, any>>
}

export type MeilisearchFake = {
  url: string
  requests: RecordedMeiliRequest[]
  indexes: Map<string, Index>
  listen(): Promise<string>
  close(): Promise<void>
  reset(): void
  /** Tasks created from now on stay enqueued until `release()`. */
  hold(): void
  /** Processes the held tasks. */
  release(): void
  /** While true, every request answers 503 (Meilisearch down). */
  unavailable: boolean
}

export function createMeilisearchFake(opts: { apiKey?: string } = {}) {
  const requests: RecordedMeiliRequest[] = []
  const indexes = new Map<string, Index>()
  const tasks = new Map<number, Task>()
  let nextTask = 0
  let holding = false

  function task(
    indexUid: string | null,
    type: string,
    error?: { message: string; code: string }
  ): Task {
    const t: Task = {
      taskUid: nextTask++,
      indexUid,
      status: error ? "failed" : holding ? "enqueued" : "succeeded",
      type,
      enqueuedAt: new Date().toISOString(),
      error: error
        ? {
            ...error,
            type: "invalid_request",
            link: `https://docs.meilisearch.com/errors#${error.code}`,
          }
        : null,
    }
    tasks.set(t.taskUid, t)
    // The enqueue answer is a summarized task with status "enqueued".
    return { ...t, status: "enqueued" }
  }

  function send(res: http.ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { "content-type": "application/json" })
    res.end(JSON.stringify(body))
  }

  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake")
      const path = url.pathname
      const method = req.method ?? "GET"
      let body: any = undefined
      if (raw) {
        try {
          body = JSON.parse(raw)
        } catch {
          return send(res, 400, { code: "malformed_payload" })
        }
      }
      requests.push({
        method,
        path,
        authorization: req.headers.authorization,
        body,
      })
      if (fake.unavailable) {
        return send(res, 503, { message: "unavailable" })
      }
      if (
        opts.apiKey &&
        req.headers.authorization !== `Bearer ${opts.apiKey}`
      ) {
        return send(res, 403, {
          message: "The provided API key is invalid.",
          code: "invalid_api_key",
          type: "auth",
          link: "https://docs.meilisearch.com/errors#invalid_api_key",
        })
      }
      try {
        route(method, path, body, res, url.searchParams)
      } catch (e) {
        send(res, 500, { message: (e as Error).message })
      }
    })
  })

  function route(
    method: string,
    path: string,
    body: any,
    res: http.ServerResponse,
    query: URLSearchParams
  ) {
    let m: RegExpMatchArray | null
    if (method === "POST" && path === "/indexes") {
      if (indexes.has(body.uid)) {
        return send(
          res,
          202,
          task(body.uid, "indexCreation", {
            code: "index_already_exists",
            message: `Index \`${body.uid}\` already exists.`,
          })
        )
      }
      indexes.set(body.uid, {
        uid: body.uid,
        primaryKey: body.primaryKey,
        settings: {},
        documents: new Map(),
      })
      return send(res, 202, task(body.uid, "indexCreation"))
    }
    if (method === "GET" && path === "/health") {
      return send(res, 200, { status: "available" })
    }
    if (method === "GET" && path === "/tasks") {
      const statuses = (query.get("statuses") ?? "").split(",").filter(Boolean)
      const matching = [...tasks.values()].filter(
        (t) => !statuses.length || statuses.includes(t.status)
      )
      return send(res, 200, {
        results: [],
        total: matching.length,
        limit: Number(query.get("limit") ?? 20),
        from: null,
        next: null,
      })
    }
    if (method === "GET" && path === "/stats") {
      return send(res, 200, {
        databaseSize: 0,
        lastUpdate: null,
        indexes: Object.fromEntries(
          [...indexes.values()].map((i) => [
            i.uid,
            { numberOfDocuments: i.documents.size, isIndexing: false },
          ])
        ),
      })
    }
    if (method === "GET" && (m = path.match(/^\/tasks\/(\d+)$/))) {
      const t = tasks.get(Number(m[1]))
      return t
        ? send(res, 200, { ...t, uid: t.taskUid })
        : send(res, 404, { code: "task_not_found" })
    }
    if ((m = path.match(/^\/indexes\/([^/]+)(\/.*)?$/))) {
      const uid = decodeURIComponent(m[1])
      const rest = m[2] ?? ""
      const index = indexes.get(uid)
      if (method === "DELETE" && rest === "") {
        if (!index) {
          return send(
            res,
            202,
            task(uid, "indexDeletion", {
              code: "index_not_found",
              message: `Index \`${uid}\` not found.`,
            })
          )
        }
        indexes.delete(uid)
        return send(res, 202, task(uid, "indexDeletion"))
      }
      // Writes to a missing index create it, as Meilisearch does.
      const target =
        index ??
        (() => {
          const created: Index = {
            uid,
            primaryKey: "id",
            settings: {},
            documents: new Map(),
          }
          if (method !== "POST" || rest !== "/search") {
            indexes.set(uid, created)
          }
          return created
        })()
      if (method === "PATCH" && rest === "/settings") {
        target.settings = { ...target.settings, ...body }
        return send(res, 202, task(uid, "settingsUpdate"))
      }
      if (method === "POST" && rest === "/documents") {
        for (const doc of body as Record<string, any>[]) {
          target.documents.set(String(doc[target.primaryKey]), doc)
        }
        return send(res, 202, task(uid, "documentAdditionOrUpdate"))
      }
      if (method === "POST" && rest === "/documents/delete-batch") {
        for (const id of body as string[]) {
          target.documents.delete(String(id))
        }
        return send(res, 202, task(uid, "documentDeletion"))
      }
      if (method === "POST" && rest === "/documents/delete") {
        const matches = compileFilter(body.filter)
        for (const [id, doc] of target.documents) {
          if (matches(doc)) {
            target.documents.delete(id)
          }
        }
        return send(res, 202, task(uid, "documentDeletion"))
      }
      if (method === "DELETE" && rest === "/documents") {
        target.documents.clear()
        return send(res, 202, task(uid, "documentDeletion"))
      }
      if (method === "POST" && rest === "/search") {
        if (!index) {
          return send(res, 404, { code: "index_not_found" })
        }
        return send(res, 200, search(index, body ?? {}))
      }
    }
    send(res, 404, { code: "not_found", message: `${method} ${path}` })
  }

  function search(index: Index, body: Record<string, any>) {
    const words = String(body.q ?? "")
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
    const searchable: string[] = index.settings.searchableAttributes ?? ["*"]
    const matches = compileFilter(body.filter)
    const hits = [...index.documents.values()].filter((doc) => {
      if (!matches(doc)) {
        return false
      }
      const text = (
        searchable[0] === "*"
          ? Object.values(doc)
          : searchable.map((attr) => doc[attr])
      )
        .flat()
        .filter((v) => typeof v === "string")
        .join(" ")
        .toLowerCase()
      return words.every((word) => text.includes(word))
    })
    const offset = body.offset ?? 0
    const limit = body.limit ?? 20
    const retrieve: string[] = body.attributesToRetrieve ?? ["*"]
    const displayed: string[] = index.settings.displayedAttributes ?? ["*"]
    const project = (doc: Record<string, any>) =>
      Object.fromEntries(
        Object.entries(doc).filter(
          ([key]) =>
            (retrieve.includes("*") || retrieve.includes(key)) &&
            (displayed.includes("*") || displayed.includes(key))
        )
      )
    const facetDistribution: Record<string, Record<string, number>> = {}
    const facetStats: Record<string, { min: number; max: number }> = {}
    for (const facet of (body.facets ?? []) as string[]) {
      const counts: Record<string, number> = {}
      const numbers: number[] = []
      for (const doc of hits) {
        for (const value of [doc[facet]].flat()) {
          if (value === null || value === undefined) continue
          counts[String(value)] = (counts[String(value)] ?? 0) + 1
          if (typeof value === "number") numbers.push(value)
        }
      }
      facetDistribution[facet] = counts
      if (numbers.length) {
        facetStats[facet] = {
          min: Math.min(...numbers),
          max: Math.max(...numbers),
        }
      }
    }
    return {
      hits: hits.slice(offset, offset + limit).map(project),
      query: body.q ?? "",
      processingTimeMs: 1,
      limit,
      offset,
      estimatedTotalHits: hits.length,
      ...(body.facets ? { facetDistribution, facetStats } : {}),
    }
  }

  const fake: MeilisearchFake = {
    url: "",
    requests,
    indexes,
    listen() {
      return new Promise((resolve) => {
        server.listen(0, "127.0.0.1", () => {
          const { port } = server.address() as AddressInfo
          fake.url = `http://127.0.0.1:${port}`
          resolve(fake.url)
        })
      })
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()))
    },
    reset() {
      requests.length = 0
    },
    hold() {
      holding = true
    },
    release() {
      holding = false
      for (const t of tasks.values()) {
        if (t.status === "enqueued") {
          t.status = "succeeded"
        }
      }
    },
    unavailable: false,
  }
  return fake
}

/* ------------------------------------------------------------------------ */
/* Filter expressions (a subset of Meilisearch's grammar).                  */

type Doc = Record<string, any>
type Pred = (doc: Doc) => boolean

function tokenize(input: string): string[] {
  const tokens: string[] = []
  const re =
    /\s*("(?:[^"\\]|\\.)*"|\(|\)|\[|\]|,|!=|>=|<=|=|<|>|[A-Za-z0-9_.\-:]+)/y
  let m: RegExpExecArray | null
  while (re.lastIndex < input.length && (m = re.exec(input))) {
    tokens.push(m[1])
  }
  return tokens
}

function value(token: string): unknown {
  if (token.startsWith('"')) return JSON.parse(token)
  if (token === "true") return true
  if (token === "false") return false
  if (token === "null") return null
  const n = Number(token)
  return Number.isNaN(n) ? token : n
}

export function compileFilter(filter: string | undefined): Pred {
  if (!filter) return () => true
  const tokens = tokenize(filter)
  let i = 0
  const peek = () => tokens[i]
  const take = () => tokens[i++]

  function expr(): Pred {
    let left = term()
    while (peek() === "AND" || peek() === "OR") {
      const op = take()
      const right = term()
      const l = left
      left = op === "AND" ? (d) => l(d) && right(d) : (d) => l(d) || right(d)
    }
    return left
  }
  function term(): Pred {
    if (peek() === "NOT") {
      take()
      const inner = term()
      return (d) => !inner(d)
    }
    if (peek() === "(") {
      take()
      const inner = expr()
      take() // )
      return inner
    }
    const field = take()
    const get = (d: Doc) => field.split(".").reduce((o: any, k) => o?.[k], d)
    const anyOf = (d: Doc, test: (v: unknown) => boolean) => {
      const v = get(d)
      return Array.isArray(v) ? v.some(test) : test(v)
    }
    const op = take()
    if (op === "EXISTS") return (d) => get(d) !== undefined
    if (op === "IS") {
      const not = peek() === "NOT" ? (take(), true) : false
      take() // NULL
      return (d) => (get(d) === null) !== not
    }
    if (op === "NOT") {
      const next = take()
      if (next === "EXISTS") return (d) => get(d) === undefined
      // NOT IN
      const list = listValues()
      return (d) => !anyOf(d, (v) => list.includes(v))
    }
    if (op === "IN") {
      const list = listValues()
      return (d) => anyOf(d, (v) => list.includes(v))
    }
    if (op === "STARTS") {
      take() // WITH
      const prefix = String(value(take()))
      return (d) => anyOf(d, (v) => String(v).startsWith(prefix))
    }
    const rhs = value(take())
    const cmp: Record<string, (a: any) => boolean> = {
      "=": (a) => a === rhs,
      "!=": (a) => a !== rhs,
      "<": (a) => typeof a === "number" && a < (rhs as number),
      "<=": (a) => typeof a === "number" && a <= (rhs as number),
      ">": (a) => typeof a === "number" && a > (rhs as number),
      ">=": (a) => typeof a === "number" && a >= (rhs as number),
    }
    const test = cmp[op]
    if (!test) throw new Error(`unsupported filter operator ${op}`)
    return op === "!="
      ? (d) => !anyOf(d, (v) => v === rhs)
      : (d) => anyOf(d, test)
  }
  function listValues(): unknown[] {
    take() // [
    const out: unknown[] = []
    while (peek() !== "]") {
      const t = take()
      if (t !== ",") out.push(value(t))
    }
    take() // ]
    return out
  }
  return expr()
}

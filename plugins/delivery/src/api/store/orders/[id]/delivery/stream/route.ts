import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { trackingView } from "../../../../../views"

/** How often the stream looks for changes. */
export const STREAM_POLL_MS = 2000
/** A stream ends after this long; EventSource reconnects by itself. */
export const STREAM_MAX_MS = 10 * 60 * 1000

const FINAL = ["delivered", "failed"]

/**
 * GET /store/orders/:id/delivery/stream — Server-Sent Events of the
 * tracking view (`event: delivery`), sent when it changes; ends when the
 * delivery is delivered or failed. Reads the database, so it works with
 * several server instances.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const load = () =>
    trackingView(req.scope, req.params.id, req.auth_context.actor_id)
  // The first read throws (404) before any stream is opened.
  let view = await load()
  res.writeHead(200, {
    "Content-Type": "text/event-stream",
    "Cache-Control": "no-cache, no-transform",
    Connection: "keep-alive",
    "X-Accel-Buffering": "no",
  })
  let last = ""
  let closed = false
  const started = Date.now()
  req.on("close", () => {
    closed = true
  })
  while (!closed) {
    const body = JSON.stringify(view)
    if (body !== last) {
      res.write(`event: delivery\ndata: ${body}\n\n`)
      last = body
    } else {
      res.write(": keep-alive\n\n")
    }
    if (FINAL.includes(view.status) || Date.now() - started > STREAM_MAX_MS) {
      break
    }
    await new Promise((r) => setTimeout(r, STREAM_POLL_MS))
    if (closed) break
    try {
      view = await load()
    } catch {
      break
    }
  }
  res.end()
}

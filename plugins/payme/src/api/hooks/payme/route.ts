import { timingSafeEqual } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYME_MODULE } from "../../../modules/payme"
import type PaymeModuleService from "../../../modules/payme/service"
import { sha256 } from "../../../modules/payme/service"
import { PaymeRpcError, toPaymeError } from "../../../workflows/payme/errors"
import { PAYME_METHODS } from "./methods"
import { PaymeRequest } from "./validators"

const MAX_BODY_BYTES = 1024 * 1024
const PAYME_LOGIN = sha256("Paycom")

type RpcId = number | string | null

/**
 * POST /hooks/payme — the Payme Merchant API endpoint (spec §1). JSON-RPC
 * 2.0, always HTTP 200, the request `id` echoed. Basic auth `Paycom:<key>`
 * is checked first, in constant time, before any other work; then the
 * envelope and the method's params are parsed and the method's one workflow
 * runs. Its errors become Payme codes through the map beside the workflows.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const raw = await readBody(req)
  let body: unknown
  let parsed = raw !== null
  try {
    body = parsed ? JSON.parse(raw!) : undefined
  } catch {
    parsed = false
  }
  const id = rpcId(body)

  const payme: PaymeModuleService = req.scope.resolve(PAYME_MODULE)
  if (
    !(await authorized(req.headers.authorization, payme.verifyKey.bind(payme)))
  ) {
    logger.warn(`[payme] refused a callback with wrong credentials (id ${id})`)
    return reply(res, id, new PaymeRpcError("INSUFFICIENT_PRIVILEGE"))
  }
  if (!parsed) {
    return reply(res, null, new PaymeRpcError("PARSE_ERROR"))
  }
  const envelope = PaymeRequest.safeParse(body)
  if (!envelope.success) {
    return reply(res, id, new PaymeRpcError("INVALID_REQUEST"))
  }
  const { method, params } = envelope.data
  const handler = Object.prototype.hasOwnProperty.call(PAYME_METHODS, method)
    ? PAYME_METHODS[method]
    : undefined
  if (!handler) {
    return reply(res, id, new PaymeRpcError("METHOD_NOT_FOUND", method))
  }
  const input = handler.params.safeParse(params)
  if (!input.success) {
    return reply(
      res,
      id,
      new PaymeRpcError(handler.invalid.name, handler.invalid.data)
    )
  }
  try {
    const result = await handler.run(req.scope, input.data)
    return reply(res, id, undefined, result)
  } catch (error) {
    const rpcError = toPaymeError(error, method)
    if (rpcError.code === -32400) {
      logger.error(
        `[payme] ${method} (id ${id}) failed: ${(error as Error)?.stack ?? error}`
      )
    } else {
      logger.warn(
        `[payme] ${method} (id ${id}) refused with ${rpcError.code}: ${(error as Error)?.message}`
      )
    }
    return reply(res, id, rpcError)
  }
}

/** Any other HTTP method: -32300 (spec §1.1), still HTTP 200. */
const notPost = async (req: MedusaRequest, res: MedusaResponse) =>
  reply(res, null, new PaymeRpcError("METHOD_NOT_POST"))

export const GET = notPost
export const PUT = notPost
export const PATCH = notPost
export const DELETE = notPost

function reply(
  res: MedusaResponse,
  id: RpcId,
  error?: PaymeRpcError,
  result?: object
) {
  res
    .status(200)
    .json(
      error
        ? { jsonrpc: "2.0", id, error: error.toJSON() }
        : { jsonrpc: "2.0", id, result }
    )
}

function rpcId(body: unknown): RpcId {
  const id = (body as { id?: unknown } | null | undefined)?.id
  return typeof id === "number" || typeof id === "string" ? id : null
}

async function authorized(
  header: string | undefined,
  verifyKey: (key: string) => Promise<boolean>
): Promise<boolean> {
  const match = /^\s*Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "")
  if (!match) {
    return false
  }
  const decoded = Buffer.from(match[1], "base64").toString("utf8")
  const colon = decoded.indexOf(":")
  if (colon < 0) {
    return false
  }
  const loginOk = timingSafeEqual(sha256(decoded.slice(0, colon)), PAYME_LOGIN)
  // Always check the key too, so that timing does not reveal the login.
  const keyOk = await verifyKey(decoded.slice(colon + 1))
  return loginOk && keyOk
}

/** The raw body (the route opts out of Medusa's JSON parser to answer -32700 itself). */
async function readBody(req: MedusaRequest): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk
    size += buf.length
    if (size > MAX_BODY_BYTES) {
      return null
    }
    chunks.push(buf)
  }
  return Buffer.concat(chunks).toString("utf8")
}

import { MedusaError } from "@medusajs/framework/utils"

/** The merchant's answer codes of the Click SHOP API (spec §2.5). */
export const ClickError = {
  SUCCESS: 0,
  SIGN_CHECK_FAILED: -1,
  INCORRECT_AMOUNT: -2,
  ACTION_NOT_FOUND: -3,
  ALREADY_PAID: -4,
  USER_DOES_NOT_EXIST: -5,
  TRANSACTION_DOES_NOT_EXIST: -6,
  FAILED_TO_UPDATE_USER: -7,
  ERROR_IN_REQUEST: -8,
  TRANSACTION_CANCELLED: -9,
} as const

export type ClickErrorCode = (typeof ClickError)[keyof typeof ClickError]

export const CLICK_ERROR_NOTES: Record<ClickErrorCode, string> = {
  0: "Success",
  [-1]: "SIGN CHECK FAILED!",
  [-2]: "Incorrect parameter amount",
  [-3]: "Action not found",
  [-4]: "Already paid",
  [-5]: "User does not exist",
  [-6]: "Transaction does not exist",
  [-7]: "Failed to update user",
  [-8]: "Error in request from click",
  [-9]: "Transaction cancelled",
}

const CLICK_ERROR_CODE_PREFIX = "click:"

/**
 * A `MedusaError` that carries a Click answer code out of a workflow step (a
 * failed check): the orchestrator serialises step errors, keeping `code`,
 * `message` and `type`.
 */
export function clickMedusaError(
  type: keyof typeof MedusaError.Types,
  code: ClickErrorCode,
  message: string
) {
  return new MedusaError(
    MedusaError.Types[type],
    message,
    `${CLICK_ERROR_CODE_PREFIX}${code}`
  )
}

/** The Click code a {@link clickMedusaError} carries, if any. */
export function clickCodeOf(error: unknown): ClickErrorCode | undefined {
  const code = (error as { code?: unknown } | undefined)?.code
  if (typeof code !== "string" || !code.startsWith(CLICK_ERROR_CODE_PREFIX)) {
    return undefined
  }
  const value = Number(code.slice(CLICK_ERROR_CODE_PREFIX.length))
  return value in CLICK_ERROR_NOTES ? (value as ClickErrorCode) : undefined
}

/**
 * The single translation of a failed workflow into a Click code. A failed
 * check answers the code it carries. A CONFLICT means a concurrent callback
 * changed the attempt first, so the answer follows the attempt's status as
 * stored now; anything else is -7, which makes Click retry the callback.
 */
export function clickCodeForError(
  error: unknown,
  storedStatus: string | undefined
): ClickErrorCode {
  const carried = clickCodeOf(error)
  if (carried !== undefined) {
    return carried
  }
  if (storedStatus === "confirmed" || storedStatus === "confirming") {
    return ClickError.ALREADY_PAID
  }
  if (storedStatus === "cancelled") {
    return ClickError.TRANSACTION_CANCELLED
  }
  const type = MedusaError.isMedusaError(error)
    ? (error as MedusaError).type
    : undefined
  if (type === MedusaError.Types.CONFLICT) {
    // Still prepared: the cart was paid by another Click attempt (unique index).
    return ClickError.ALREADY_PAID
  }
  if (type === MedusaError.Types.NOT_FOUND) {
    return ClickError.USER_DOES_NOT_EXIST
  }
  return ClickError.FAILED_TO_UPDATE_USER
}

/** Options of the Payme data module (the same env as the provider, see docs/payme.md). */
export type PaymeModuleOptions = {
  /** Payme cashbox (merchant) id. Unset: every callback answers -32504. */
  merchantId?: string
  /** The key Payme authenticates with (`Paycom:<key>`): the test key in test mode. */
  secretKey?: string
  /** Sandbox (test.paycom.uz) instead of production. */
  testMode?: boolean
  /** Name of the `account` field configured in the cashbox. Default `order_id`. */
  accountField?: string
}

/** Payme transaction states (spec §1.4). */
export const PaymeState = {
  CREATED: 1,
  PERFORMED: 2,
  CANCELLED: -1,
  CANCELLED_AFTER_PERFORM: -2,
} as const

/** Payme cancel reasons (spec §1.4). */
export const PaymeReason = {
  RECEIVERS_NOT_FOUND: 1,
  DEBIT_ERROR: 2,
  EXECUTION_ERROR: 3,
  TIMEOUT: 4,
  REFUND: 5,
  UNKNOWN: 10,
} as const

/** 12 hours in ms: the Payme transaction timeout (spec §1.7). */
export const PAYME_TIMEOUT_MS = 43_200_000

export type PaymeFiscalType = "PERFORM" | "CANCEL"

/** Locking-module key serialising Payme callbacks and the timeout job on one cart. */
export const paymeLockKey = (cartId: string) => `payme:${cartId}`

/** Options of the disputes module (from `medusa-config.ts`). */
export type DisputesModuleOptions = {
  /**
   * Days after delivery (the order's latest delivered fulfillment) or, when
   * nothing was delivered yet, after placement, during which a customer may
   * open a dispute. Default 30.
   */
  windowDays?: number
  /**
   * Hours a dispute may wait for a merchant answer before the SLA job flags
   * it and reminds the merchant. Default 48.
   */
  slaHours?: number
}

export const DISPUTE_STATUSES = [
  "open",
  "under_review",
  "resolved",
  "rejected",
  "withdrawn",
] as const
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number]

export const DISPUTE_REASONS = [
  "not_received",
  "damaged",
  "wrong_item",
  "not_as_described",
  "charged_twice",
  "other",
] as const
export type DisputeReason = (typeof DISPUTE_REASONS)[number]

/** Statuses in which a dispute is still being handled. */
export const ACTIVE_DISPUTE_STATUSES: DisputeStatus[] = ["open", "under_review"]

/** Who does something to a dispute. */
export type DisputeActor = {
  type: "customer" | "merchant" | "system"
  id?: string | null
}

/** The state machine: from → the statuses it may move to. */
export const DISPUTE_TRANSITIONS: Record<DisputeStatus, DisputeStatus[]> = {
  open: ["under_review", "withdrawn"],
  under_review: ["resolved", "rejected", "withdrawn"],
  resolved: [],
  rejected: [],
  withdrawn: [],
}

export function canTransition(from: DisputeStatus, to: DisputeStatus) {
  return DISPUTE_TRANSITIONS[from]?.includes(to) ?? false
}

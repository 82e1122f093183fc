export type ClaimedScheduled = {
  id: string
  key: string
  payload: Record<string, unknown>
  attempts: number
}

export type ClaimedRecipient = {
  id: string
  campaign_id: string
  customer_id: string
  channel: CampaignChannel
}

export type RecipientResult = {
  id: string
  status: "sent" | "skipped" | "failed"
  reason: string | null
  notification_id: string | null
}

type Counts = {
  total: number
  pending: number
  sending: number
  sent: number
  skipped: number
  failed: number
}

/** Recipients (customer × channel) per status, in all and per channel. */
export type CampaignProgress = Counts & { by_channel: Record<string, Counts> }

export const CAMPAIGN_CHANNELS = ["sms", "email", "push"] as const
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number]

export type CampaignLocale = "uz" | "ru" | "en"

/** A campaign's texts: per channel it is sent on, per language. */
export type CampaignMessages = {
  sms?: Record<CampaignLocale, string>
  email?: Record<CampaignLocale, { subject: string; body: string }>
  push?: Record<CampaignLocale, { title: string; body: string }>
}

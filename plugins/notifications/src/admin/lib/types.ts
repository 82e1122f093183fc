export type Channel = "sms" | "email"
export type Locale = "uz" | "ru" | "en"

export const CHANNELS: Channel[] = ["sms", "email"]
export const LOCALES: Locale[] = ["uz", "ru", "en"]

export type NotificationKind = {
  kind: string
  audience: "customer" | "admins"
  built_in: boolean
  variables: string[]
  templates: {
    sms?: Record<Locale, string>
    email?: Record<Locale, { subject: string; body: string }>
  }
}

export type NotificationTemplate = {
  id: string
  event: string
  channel: Channel
  locale: Locale
  subject: string | null
  body: string
  html: string | null
  updated_at: string
}

export type TemplatePreview = {
  subject: string | null
  text: string
  html: string | null
  segments: {
    encoding: "GSM-7" | "UCS-2"
    units: number
    segments: number
  } | null
  unknown_variables: string[]
  variables: Record<string, string>
}

export type NotificationDelivery = {
  id: string
  recipient: string
  channel: string
  kind: string | null
  status: "pending" | "success" | "failure"
  provider: string | null
  provider_status: string | null
  attempt: number
  tries: number
  error: string | null
  created_at: string
}

export type CampaignChannel = "sms" | "email" | "push"
export type CampaignLocale = "uz" | "ru" | "en"

type Counts = {
  total: number
  pending: number
  sending: number
  sent: number
  skipped: number
  failed: number
}

/** `/admin/notification-campaigns` */
export type Campaign = {
  id: string
  name: string
  status: "draft" | "running" | "paused" | "completed" | "canceled"
  audience: "marketing" | "customer_group"
  customer_group_id: string | null
  channels: CampaignChannel[]
  recipients_total: number
  started_at: string | null
  completed_at: string | null
  created_at: string
  progress: Counts & { by_channel: Record<string, Counts> }
}

export type CampaignInput = {
  name: string
  audience: "marketing" | "customer_group"
  customer_group_id?: string
  channels: CampaignChannel[]
  messages: {
    sms?: Record<CampaignLocale, string>
    email?: Record<CampaignLocale, { subject: string; body: string }>
    push?: Record<CampaignLocale, { title: string; body: string }>
  }
  start?: boolean
}

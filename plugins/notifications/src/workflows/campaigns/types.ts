import type {
  CampaignChannel,
  CampaignMessages,
} from "../../modules/notification-scheduling/types"

/** A new campaign, as the admin route validated it. */
export type CreateCampaignInput = {
  name: string
  audience: "marketing" | "customer_group"
  customer_group_id?: string | null
  channels: CampaignChannel[]
  messages: CampaignMessages
  /** The admin user creating it. */
  created_by?: string | null
}

export type CampaignAction = "start" | "pause" | "resume" | "cancel"

/** Fields of a campaign in the Admin API. */
export const ADMIN_CAMPAIGN_FIELDS = [
  "id",
  "name",
  "status",
  "audience",
  "customer_group_id",
  "channels",
  "messages",
  "created_by",
  "started_at",
  "completed_at",
  "recipients_total",
  "created_at",
  "updated_at",
] as const

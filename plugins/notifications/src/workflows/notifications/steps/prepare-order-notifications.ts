import { formatMoney as formatAmount } from "@bozor/uz-utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import type {
  BigNumberInput,
  CreateNotificationDTO,
  RemoteQueryFunction,
} from "@medusajs/framework/types"
import { withoutSent } from "../utils/without-sent"
import { customerCopies } from "../utils/inbox-entry"
import { NOTIFICATION_TEMPLATES_MODULE } from "../../../modules/notification-templates"
import type NotificationTemplatesModuleService from "../../../modules/notification-templates/service"
import { NOTIFICATION_PREFERENCES_MODULE } from "../../../modules/notification-preferences"
import type NotificationPreferencesModuleService from "../../../modules/notification-preferences/service"
import type {
  NotificationChannel,
  NotificationKind,
  NotificationLocale,
  TemplateVariables,
} from "../../../modules/notification-templates/types"

/** Customer-facing kinds that an order event can trigger. */
export type OrderNotificationKind = Extract<
  NotificationKind,
  | "order_placed"
  | "payment_captured"
  | "order_shipped"
  | "order_delivered"
  | "order_canceled"
  | "refund_issued"
>

export type PrepareOrderNotificationsInput = {
  kind: OrderNotificationKind
  /** The event that triggered it, stored as the notification's `trigger_type`. */
  event_name: string
  /** Order id (placed, canceled), payment id (captured, refunded) or fulfillment id (shipped, delivered). */
  resource_id: string
  /** Set by shipment/delivery events when the merchant chose not to notify. */
  no_notification?: boolean
}

export const prepareOrderNotificationsStepId =
  "notifications-prepare-order-notifications-step"

type LocaleSource = {
  locale?: unknown
  metadata?: unknown
  customer?: { metadata?: unknown } | null
}

function localeOf(metadata: unknown): unknown {
  return metadata && typeof metadata === "object" && "locale" in metadata
    ? metadata.locale
    : undefined
}

const LOCALES: readonly string[] = ["uz", "ru", "en"]

/** Picks uz, ru or en from the customer's `metadata.locale`, then the order's locale; uz by default. */
export function pickLocale(order: LocaleSource): NotificationLocale {
  const candidates = [
    localeOf(order.customer?.metadata),
    order.locale,
    localeOf(order.metadata),
  ]
  for (const c of candidates) {
    if (typeof c === "string") {
      const lang = c.slice(0, 2).toLowerCase()
      if (LOCALES.includes(lang)) {
        return lang as NotificationLocale
      }
    }
  }
  return "uz"
}

/** A Medusa amount (BigNumber, number or string) in the reader's language. */
export function formatMoney(
  amount: BigNumberInput,
  currency: string,
  locale: NotificationLocale
): string {
  return formatAmount(MathBN.convert(amount).toFixed(), currency, locale)
}

function keyPart(kind: NotificationKind) {
  return kind.replace(/_/g, "-")
}

type Resolved = {
  orderId: string
  sourceId: string
  amount?: BigNumberInput
  notify: boolean
}

/**
 * Builds the notifications an order event sends: customer SMS and e-mail in
 * the customer's locale (skipping the channels the customer opted out of) and,
 * for a new order, an e-mail to every admin user. Each one carries the
 * idempotency key `<kind>:<source id>:<channel>`; notifications whose key
 * already exists are left out, so a repeated event sends nothing twice.
 */
export const prepareOrderNotificationsStep = createStep(
  prepareOrderNotificationsStepId,
  async (input: PrepareOrderNotificationsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const templates: NotificationTemplatesModuleService = container.resolve(
      NOTIFICATION_TEMPLATES_MODULE
    )
    const preferences: NotificationPreferencesModuleService = container.resolve(
      NOTIFICATION_PREFERENCES_MODULE
    )

    const resolved = await resolveSource(query, input)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "currency_code",
        "total",
        "locale",
        "no_notification",
        "metadata",
        "customer.id",
        "customer.email",
        "customer.phone",
        "customer.first_name",
        "customer.last_name",
        "customer.metadata",
        "shipping_address.phone",
        "shipping_address.first_name",
        "shipping_address.last_name",
        "billing_address.phone",
      ],
      filters: { id: resolved.orderId },
    })
    const order = orders[0]
    if (!order) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order ${resolved.orderId} was not found.`
      )
    }

    const locale = pickLocale(order)
    const name =
      [order.customer?.first_name, order.customer?.last_name]
        .filter(Boolean)
        .join(" ") ||
      [order.shipping_address?.first_name, order.shipping_address?.last_name]
        .filter(Boolean)
        .join(" ")
    const baseVars = (l: NotificationLocale): TemplateVariables => ({
      customer_name:
        name || (l === "ru" ? "покупатель" : l === "en" ? "customer" : "mijoz"),
      order_number: String(order.display_id),
      total: formatMoney(order.total, order.currency_code, l),
      amount: formatMoney(
        resolved.amount ?? order.total,
        order.currency_code,
        l
      ),
    })

    const candidates: CreateNotificationDTO[] = []
    const common = {
      trigger_type: input.event_name,
      resource_type: "order",
      resource_id: order.id,
    }
    const build = async (
      kind: NotificationKind,
      channel: NotificationChannel,
      to: string,
      l: NotificationLocale,
      receiverId: string | null,
      keySuffix = ""
    ) => {
      const variables = baseVars(l)
      const message = await templates.renderMessage({
        kind,
        channel,
        locale: l,
        variables,
      })
      if (!message) {
        return
      }
      const content = {
        text: message.text,
        subject: message.subject,
        html: message.html,
      }
      candidates.push({
        ...common,
        to,
        channel,
        template: kind,
        receiver_id: receiverId,
        // The rendered message is kept in `data` so a retry resends the same text.
        data: {
          locale: l,
          template_source: message.source,
          ...message.variables,
          ...content,
        },
        content,
        idempotency_key: `${keyPart(kind)}:${resolved.sourceId}:${channel}${keySuffix}`,
      })
    }

    if (resolved.notify && !order.no_notification) {
      const pref = order.customer
        ? (
            await preferences.listNotificationPreferences({
              customer_id: order.customer.id,
            })
          )[0]
        : undefined
      const phone =
        order.customer?.phone ||
        order.shipping_address?.phone ||
        order.billing_address?.phone
      const email = order.email || order.customer?.email
      const receiver = order.customer?.id ?? null
      // Every order notification is transactional.
      if (phone && (pref?.sms_transactional ?? true)) {
        await build(input.kind, "sms", phone, locale, receiver)
      } else if (!phone) {
        logger.info(
          `[notifications] order ${order.id}: no phone on file, no SMS for ${input.kind}`
        )
      }
      if (email && (pref?.email_transactional ?? true)) {
        await build(input.kind, "email", email, locale, receiver)
      }
      if (order.customer) {
        const copies = await customerCopies(templates, {
          kind: input.kind,
          locale,
          variables: baseVars(locale),
          customer_id: order.customer.id,
          key_base: `${keyPart(input.kind)}:${resolved.sourceId}`,
          common,
        })
        candidates.push(...copies)
      }
    }

    if (input.kind === "order_placed") {
      // The back office's language is a templates module option (`adminLocale`).
      const adminLocale = templates.getAdminLocale()
      const { data: users } = await query.graph({
        entity: "user",
        fields: ["id", "email"],
      })
      for (const user of users as { id: string; email: string }[]) {
        await build(
          "admin_order_placed",
          "email",
          user.email,
          adminLocale,
          user.id,
          `:${user.id}`
        )
      }
    }

    // Leave out what an earlier delivery of the same event already created.
    return new StepResponse(await withoutSent(query, candidates))
  }
)

type Query = Omit<RemoteQueryFunction, symbol>

async function resolveSource(
  query: Query,
  input: PrepareOrderNotificationsInput
): Promise<Resolved> {
  switch (input.kind) {
    case "order_placed":
    case "order_canceled":
      return {
        orderId: input.resource_id,
        sourceId: input.resource_id,
        notify: !input.no_notification,
      }
    case "payment_captured":
    case "refund_issued": {
      const { data } = await query.graph({
        entity: "payment",
        fields: [
          "id",
          "payment_collection.order.id",
          "captures.id",
          "captures.amount",
          "captures.created_at",
          "refunds.id",
          "refunds.amount",
          "refunds.created_at",
        ],
        filters: { id: input.resource_id },
      })
      const payment = data[0]
      const orderId: string | undefined = payment?.payment_collection?.order?.id
      if (!payment || !orderId) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Payment ${input.resource_id} was not found or belongs to no order.`
        )
      }
      const rows = (
        (input.kind === "payment_captured"
          ? payment.captures
          : payment.refunds) ?? []
      ).flatMap(
        (
          r: {
            id: string
            amount: BigNumberInput
            created_at: Date | string
          } | null
        ) =>
          r ? [{ id: r.id, amount: r.amount, created_at: r.created_at }] : []
      )
      const latest = [...rows].sort(
        (a, b) =>
          new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
      )[0]
      if (!latest) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Payment ${input.resource_id} has no ${input.kind === "payment_captured" ? "capture" : "refund"}.`
        )
      }
      return {
        orderId,
        sourceId: latest.id,
        amount: latest.amount,
        notify: !input.no_notification,
      }
    }
    case "order_shipped":
    case "order_delivered": {
      const { data } = await query.graph({
        entity: "fulfillment",
        fields: ["id", "order.id"],
        filters: { id: input.resource_id },
      })
      const orderId: string | undefined = data[0]?.order?.id
      if (!orderId) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Fulfillment ${input.resource_id} was not found or belongs to no order.`
        )
      }
      return {
        orderId,
        sourceId: input.resource_id,
        notify: !input.no_notification,
      }
    }
  }
}

import {
  Badge,
  Button,
  Container,
  Heading,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useAddDisputeMessage } from "../hooks/api/disputes"
import { formatDateTime, intlLocale } from "../lib/format"
import type { DisputeDetail, DisputeMessage } from "../lib/types"
import { isActive } from "../lib/types"
import { EmptyState } from "./state-messages"

const MessageItem = ({ message }: { message: DisputeMessage }) => {
  const { t, i18n } = useTranslation()
  const internal = message.visibility === "internal"
  return (
    <li
      data-testid="dispute-message"
      data-visibility={message.visibility}
      className={
        internal
          ? "rounded-lg border border-dashed border-ui-tag-orange-border bg-ui-tag-orange-bg px-4 py-3"
          : message.author_type === "merchant"
            ? "rounded-lg border bg-ui-bg-subtle px-4 py-3"
            : "rounded-lg border bg-ui-bg-base px-4 py-3"
      }
    >
      <div className="mb-1 flex items-center gap-x-2">
        <Text size="small" weight="plus">
          {t(`disputes.conversation.${message.author_type}`)}
        </Text>
        <Badge size="2xsmall" color={internal ? "orange" : "green"}>
          {internal
            ? t("disputes.conversation.internal")
            : t("disputes.conversation.public")}
        </Badge>
        <Text size="xsmall" className="ml-auto text-ui-fg-muted">
          {formatDateTime(message.created_at, intlLocale(i18n.language))}
        </Text>
      </div>
      {message.body && (
        <Text size="small" className="whitespace-pre-wrap">
          {message.body}
        </Text>
      )}
      {!!message.evidence?.length && (
        <ul className="mt-1 list-inside list-disc">
          {message.evidence.map((e, i) => (
            <li
              key={i}
              className="txt-compact-xsmall text-ui-fg-subtle break-all"
            >
              {e}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

const MessageForm = ({ dispute }: { dispute: DisputeDetail }) => {
  const { t } = useTranslation()
  const [body, setBody] = useState("")
  const add = useAddDisputeMessage(dispute.id)
  const send = (visibility: "public" | "internal") =>
    add.mutate(
      { body: body.trim(), visibility },
      {
        onSuccess: () => {
          setBody("")
          toast.success(
            visibility === "internal"
              ? t("disputes.conversation.noteAdded")
              : t("disputes.conversation.sent")
          )
        },
        onError: (e) => toast.error(e.message),
      }
    )
  const empty = !body.trim()
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Textarea
        value={body}
        maxLength={5000}
        rows={3}
        placeholder={t("disputes.conversation.placeholder")}
        onChange={(e) => setBody(e.target.value)}
        data-testid="dispute-message-input"
      />
      <div className="flex justify-end gap-x-2">
        <Button
          size="small"
          variant="secondary"
          disabled={empty || add.isPending}
          onClick={() => send("internal")}
          data-testid="dispute-add-note"
        >
          {t("disputes.conversation.addNote")}
        </Button>
        <Button
          size="small"
          disabled={empty || add.isPending}
          onClick={() => send("public")}
          data-testid="dispute-send-public"
        >
          {t("disputes.conversation.sendPublic")}
        </Button>
      </div>
    </div>
  )
}

/** Public messages and internal notes, oldest first, and the reply form. */
export const DisputeConversation = ({
  dispute,
}: {
  dispute: DisputeDetail
}) => {
  const { t } = useTranslation()
  return (
    <Container className="divide-y p-0" data-testid="dispute-conversation">
      <div className="px-6 py-4">
        <Heading level="h2">{t("disputes.conversation.title")}</Heading>
      </div>
      {dispute.messages.length ? (
        <ul className="flex flex-col gap-y-3 px-6 py-4">
          {dispute.messages.map((m) => (
            <MessageItem key={m.id} message={m} />
          ))}
        </ul>
      ) : (
        <EmptyState title={t("disputes.conversation.empty")} />
      )}
      {isActive(dispute.status) ? (
        <MessageForm dispute={dispute} />
      ) : (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          {t("disputes.conversation.closed")}
        </Text>
      )}
    </Container>
  )
}

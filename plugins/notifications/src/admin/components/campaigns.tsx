import {
  Button,
  Checkbox,
  Input,
  Label,
  StatusBadge,
  Table,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  useCampaignAction,
  useCreateCampaign,
  useCustomerGroups,
  useNotificationCampaigns,
} from "../hooks/api/notification-campaigns"
import type {
  Campaign,
  CampaignChannel,
  CampaignInput,
  CampaignLocale,
} from "../lib/types"
import { LabeledSelect } from "./labeled-select"
import { QueryState } from "./query-state"

const PAGE_SIZE = 20
const CHANNELS: CampaignChannel[] = ["sms", "email", "push"]
const LOCALES: CampaignLocale[] = ["uz", "ru", "en"]
const STATUS_COLOR = {
  draft: "grey",
  running: "blue",
  paused: "orange",
  completed: "green",
  canceled: "red",
} as const
const ACTIONS: Record<
  Campaign["status"],
  ("start" | "pause" | "resume" | "cancel")[]
> = {
  draft: ["start", "cancel"],
  running: ["pause", "cancel"],
  paused: ["resume", "cancel"],
  completed: [],
  canceled: [],
}

type Texts = Record<
  CampaignChannel,
  Record<CampaignLocale, { title: string; body: string }>
>
const emptyTexts = (): Texts =>
  Object.fromEntries(
    CHANNELS.map((c) => [
      c,
      Object.fromEntries(LOCALES.map((l) => [l, { title: "", body: "" }])),
    ])
  ) as Texts

/** The form of a new campaign: audience, channels, texts per channel and language. */
const CampaignForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation()
  const groups = useCustomerGroups()
  const create = useCreateCampaign()
  const [name, setName] = useState("")
  const [audience, setAudience] =
    useState<CampaignInput["audience"]>("marketing")
  const [groupId, setGroupId] = useState("")
  const [channels, setChannels] = useState<CampaignChannel[]>(["sms"])
  const [texts, setTexts] = useState<Texts>(emptyTexts)

  const setText = (
    channel: CampaignChannel,
    locale: CampaignLocale,
    field: "title" | "body",
    value: string
  ) =>
    setTexts((prev) => ({
      ...prev,
      [channel]: {
        ...prev[channel],
        [locale]: { ...prev[channel][locale], [field]: value },
      },
    }))

  const submit = (start: boolean) => {
    const per = <T,>(fn: (l: CampaignLocale) => T) =>
      Object.fromEntries(LOCALES.map((l) => [l, fn(l)])) as Record<
        CampaignLocale,
        T
      >
    const messages: CampaignInput["messages"] = {}
    if (channels.includes("sms")) {
      messages.sms = per((l) => texts.sms[l].body)
    }
    if (channels.includes("email")) {
      messages.email = per((l) => ({
        subject: texts.email[l].title,
        body: texts.email[l].body,
      }))
    }
    if (channels.includes("push")) {
      messages.push = per((l) => ({
        title: texts.push[l].title,
        body: texts.push[l].body,
      }))
    }
    create.mutate(
      {
        name,
        audience,
        ...(audience === "customer_group"
          ? { customer_group_id: groupId }
          : {}),
        channels,
        messages,
        start,
      },
      {
        onSuccess: ({ campaign }) => {
          toast.success(
            t("bozorNotifications.campaigns.created", { name: campaign.name })
          )
          onDone()
        },
        onError: (e) => toast.error(e.message),
      }
    )
  }

  return (
    <div
      className="flex flex-col gap-y-4 px-6 py-4"
      data-testid="campaign-form"
    >
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <div className="flex flex-col gap-y-2">
          <Label size="small" weight="plus" htmlFor="campaign-name">
            {t("bozorNotifications.campaigns.name")}
          </Label>
          <Input
            id="campaign-name"
            data-testid="campaign-name"
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <LabeledSelect
          id="campaign-audience"
          label={t("bozorNotifications.campaigns.audience")}
          value={audience}
          options={(["marketing", "customer_group"] as const).map((a) => ({
            value: a,
            label: t(`bozorNotifications.campaigns.audiences.${a}`),
          }))}
          onChange={(v) => setAudience(v as CampaignInput["audience"])}
        />
        {audience === "customer_group" && (
          <LabeledSelect
            id="campaign-group"
            label={t("bozorNotifications.campaigns.group")}
            value={groupId}
            options={(groups.data?.customer_groups ?? []).map((g) => ({
              value: g.id,
              label: g.name,
            }))}
            onChange={setGroupId}
          />
        )}
      </div>
      <div className="flex gap-x-6">
        {CHANNELS.map((c) => (
          <div key={c} className="flex items-center gap-x-2">
            <Checkbox
              id={`campaign-channel-${c}`}
              data-testid={`campaign-channel-${c}`}
              checked={channels.includes(c)}
              onCheckedChange={(checked) =>
                setChannels((prev) =>
                  checked ? [...prev, c] : prev.filter((x) => x !== c)
                )
              }
            />
            <Label size="small" htmlFor={`campaign-channel-${c}`}>
              {t(`bozorNotifications.channels.${c}`)}
            </Label>
          </div>
        ))}
      </div>
      {channels.map((c) => (
        <div key={c} className="grid grid-cols-1 gap-4 md:grid-cols-3">
          {LOCALES.map((l) => (
            <div key={l} className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">
                {t(`bozorNotifications.channels.${c}`)} ·{" "}
                {t(`bozorNotifications.locales.${l}`)}
              </Label>
              {c !== "sms" && (
                <Input
                  data-testid={`campaign-${c}-${l}-title`}
                  placeholder={t(
                    c === "email"
                      ? "bozorNotifications.campaigns.subject"
                      : "bozorNotifications.campaigns.pushTitle"
                  )}
                  value={texts[c][l].title}
                  onChange={(e) => setText(c, l, "title", e.target.value)}
                />
              )}
              <Textarea
                data-testid={`campaign-${c}-${l}-body`}
                rows={3}
                value={texts[c][l].body}
                onChange={(e) => setText(c, l, "body", e.target.value)}
              />
            </div>
          ))}
        </div>
      ))}
      <Text size="small" className="text-ui-fg-subtle">
        {t("bozorNotifications.campaigns.hint", {
          customerName: "{{customer_name}}",
          storeName: "{{store_name}}",
          interpolation: { escapeValue: false },
        })}
      </Text>
      <div className="flex gap-x-2">
        <Button
          size="small"
          variant="secondary"
          data-testid="campaign-save-draft"
          isLoading={create.isPending}
          onClick={() => submit(false)}
        >
          {t("bozorNotifications.campaigns.saveDraft")}
        </Button>
        <Button
          size="small"
          data-testid="campaign-start"
          isLoading={create.isPending}
          onClick={() => submit(true)}
        >
          {t("bozorNotifications.campaigns.createAndStart")}
        </Button>
      </div>
    </div>
  )
}

/** Campaigns: create one, follow its progress, pause, resume or cancel it. */
export const Campaigns = () => {
  const { t } = useTranslation()
  const [page, setPage] = useState(0)
  const [creating, setCreating] = useState(false)
  const campaigns = useNotificationCampaigns({
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const action = useCampaignAction()
  const rows = campaigns.data?.campaigns ?? []
  const count = campaigns.data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <div className="flex flex-col divide-y" data-testid="campaigns">
      <div className="flex items-center justify-between px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          {t("bozorNotifications.campaigns.subtitle")}
        </Text>
        <Button
          size="small"
          variant="secondary"
          data-testid="campaign-new"
          onClick={() => setCreating((v) => !v)}
        >
          {creating
            ? t("bozorNotifications.common.cancel")
            : t("bozorNotifications.campaigns.new")}
        </Button>
      </div>
      {creating && <CampaignForm onDone={() => setCreating(false)} />}
      {campaigns.isLoading || campaigns.error ? (
        <QueryState
          isLoading={campaigns.isLoading}
          error={campaigns.error}
          onRetry={() => campaigns.refetch()}
        />
      ) : rows.length === 0 ? (
        <Text
          size="small"
          className="text-ui-fg-subtle px-6 py-10 text-center"
          data-testid="campaigns-empty"
        >
          {t("bozorNotifications.campaigns.empty")}
        </Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>
                  {t("bozorNotifications.campaigns.name")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorNotifications.campaigns.channels")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorNotifications.campaigns.status")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorNotifications.campaigns.progress")}
                </Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((c) => {
                const p = c.progress
                const done = p.sent + p.skipped + p.failed
                const percent = p.total ? Math.round((done / p.total) * 100) : 0
                return (
                  <Table.Row
                    key={c.id}
                    data-testid="campaign-row"
                    data-id={c.id}
                    data-status={c.status}
                  >
                    <Table.Cell>{c.name}</Table.Cell>
                    <Table.Cell>
                      {c.channels
                        .map((ch) => t(`bozorNotifications.channels.${ch}`))
                        .join(", ")}
                    </Table.Cell>
                    <Table.Cell>
                      <StatusBadge color={STATUS_COLOR[c.status]}>
                        {t(`bozorNotifications.campaigns.statuses.${c.status}`)}
                      </StatusBadge>
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-col gap-y-1 py-2">
                        <div className="bg-ui-bg-subtle h-1.5 w-40 overflow-hidden rounded-full">
                          <div
                            className="bg-ui-fg-interactive h-full"
                            style={{ width: `${percent}%` }}
                          />
                        </div>
                        <Text
                          size="xsmall"
                          className="text-ui-fg-subtle"
                          data-testid="campaign-progress"
                        >
                          {t("bozorNotifications.campaigns.progressValue", {
                            sent: p.sent,
                            skipped: p.skipped,
                            failed: p.failed,
                            total: p.total,
                          })}
                        </Text>
                      </div>
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex justify-end gap-x-2">
                        {ACTIONS[c.status].map((a) => (
                          <Button
                            key={a}
                            size="small"
                            variant={a === "cancel" ? "danger" : "secondary"}
                            data-testid={`campaign-${a}`}
                            isLoading={
                              action.isPending &&
                              action.variables?.id === c.id &&
                              action.variables?.action === a
                            }
                            onClick={() =>
                              action.mutate(
                                { id: c.id, action: a },
                                { onError: (e) => toast.error(e.message) }
                              )
                            }
                          >
                            {t(`bozorNotifications.campaigns.actions.${a}`)}
                          </Button>
                        ))}
                      </div>
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={page}
            pageCount={pageCount}
            canPreviousPage={page > 0}
            canNextPage={page + 1 < pageCount}
            previousPage={() => setPage((p) => Math.max(0, p - 1))}
            nextPage={() => setPage((p) => p + 1)}
            translations={{
              of: t("bozorNotifications.log.pagination.of"),
              results: t("bozorNotifications.log.pagination.results"),
              pages: t("bozorNotifications.log.pagination.pages"),
              prev: t("bozorNotifications.log.pagination.prev"),
              next: t("bozorNotifications.log.pagination.next"),
            }}
          />
        </>
      )}
    </div>
  )
}

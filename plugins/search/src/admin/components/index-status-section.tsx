import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { SearchStatus } from "../hooks/api/search-status"
import { StatusRow } from "./status-row"

const indexColor = {
  ready: "green",
  building: "blue",
  pending: "orange",
  error: "red",
} as const

const syncColor = {
  done: "green",
  processing: "blue",
  pending: "orange",
  failed: "red",
  canceled: "grey",
} as const

export const IndexStatusSection = ({ status }: { status: SearchStatus }) => {
  const { t, i18n } = useTranslation()
  const index = status.index!
  const sync = status.last_sync
  const meili = status.meilisearch
  const date = (value: string | null) =>
    value
      ? new Date(value).toLocaleString(i18n.language, {
          dateStyle: "medium",
          timeStyle: "short",
        })
      : "—"

  return (
    <Container className="divide-y p-0" data-testid="search-index-status">
      <div className="px-6 py-4">
        <Heading level="h2">{index.name}</Heading>
      </div>
      <StatusRow
        label={t("bozorSearch.fields.provider")}
        testId="search-provider"
      >
        {t(`bozorSearch.providers.${index.provider}`, {
          defaultValue: index.provider,
        })}
      </StatusRow>
      <StatusRow label={t("bozorSearch.fields.indexStatus")}>
        <StatusBadge color={indexColor[index.status] ?? "grey"}>
          {t(`bozorSearch.indexStatus.${index.status}`)}
        </StatusBadge>
      </StatusRow>
      <StatusRow
        label={t("bozorSearch.fields.version")}
        testId="search-active-version"
      >
        {index.active_version ?? "—"}
      </StatusRow>
      <StatusRow
        label={t("bozorSearch.fields.documents")}
        testId="search-documents"
      >
        {status.documents === null
          ? "—"
          : t("bozorSearch.fields.documentsValue", {
              documents: status.documents,
              products: status.products,
            })}
      </StatusRow>
      <StatusRow
        label={t("bozorSearch.fields.lastSync")}
        testId="search-last-sync"
      >
        {sync ? (
          <>
            <Text size="small" leading="compact">
              {date(sync.completed_at ?? sync.started_at)}
            </Text>
            <StatusBadge color={syncColor[sync.status] ?? "grey"}>
              {t(`bozorSearch.syncStatus.${sync.status}`)}
            </StatusBadge>
          </>
        ) : (
          t("bozorSearch.fields.lastSyncNever")
        )}
      </StatusRow>
      <StatusRow
        label={t("bozorSearch.fields.meilisearch")}
        testId="search-meilisearch"
      >
        {meili ? (
          <>
            <StatusBadge color={meili.reachable ? "green" : "red"}>
              {meili.reachable
                ? t("bozorSearch.meilisearch.reachable")
                : t("bozorSearch.meilisearch.unreachable")}
            </StatusBadge>
            <Text size="small" leading="compact" className="text-ui-fg-muted">
              {meili.error ? `${meili.host} — ${meili.error}` : meili.host}
            </Text>
          </>
        ) : (
          t("bozorSearch.meilisearch.notUsed")
        )}
      </StatusRow>
      {meili && (
        <StatusRow
          label={t("bozorSearch.fields.pendingTasks")}
          testId="search-pending-tasks"
        >
          {meili.pending_tasks ?? "—"}
        </StatusRow>
      )}
    </Container>
  )
}

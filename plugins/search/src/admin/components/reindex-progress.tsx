import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { SearchStatus } from "../hooks/api/search-status"

export type TrackedJob = {
  /** When the server started it. */
  started_at: string
  /** When this page learned of it: older status answers are ignored. */
  seen_at: number
}

export type ReindexPhase =
  | { phase: "idle" }
  | { phase: "starting" }
  | { phase: "running"; synced: number; total: number }
  | { phase: "done"; documents: number }
  | { phase: "failed"; message: string | null }

/** Where the reindex this page started (or found running) stands. */
export function reindexPhase(
  status: SearchStatus,
  statusAt: number,
  job: TrackedJob | null
): ReindexPhase {
  const sync = status.last_sync
  const syncOfJob =
    !!job &&
    !!sync?.started_at &&
    Date.parse(sync.started_at) >= Date.parse(job.started_at) - 1000
  if (job && statusAt <= job.seen_at) {
    return { phase: "starting" }
  }
  if (status.reindex.running) {
    if (sync?.status === "processing" && (syncOfJob || !job)) {
      return {
        phase: "running",
        synced: sync.documents_synced,
        total: status.products,
      }
    }
    return { phase: "starting" }
  }
  if (!job) {
    return { phase: "idle" }
  }
  if (!syncOfJob) {
    return { phase: "failed", message: null }
  }
  return sync!.status === "done"
    ? { phase: "done", documents: sync!.documents_synced }
    : { phase: "failed", message: sync!.error }
}

export const ReindexProgress = ({ phase }: { phase: ReindexPhase }) => {
  const { t } = useTranslation()
  if (phase.phase === "idle") {
    return null
  }
  const percent =
    phase.phase === "done"
      ? 100
      : phase.phase === "running" && phase.total > 0
        ? Math.min(100, Math.round((phase.synced / phase.total) * 100))
        : 0
  const label =
    phase.phase === "starting"
      ? t("bozorSearch.reindex.starting")
      : phase.phase === "running"
        ? t("bozorSearch.reindex.running", {
            synced: phase.synced,
            total: phase.total,
          })
        : phase.phase === "done"
          ? t("bozorSearch.reindex.done", { documents: phase.documents })
          : phase.message
            ? t("bozorSearch.reindex.failed", { message: phase.message })
            : t("bozorSearch.reindex.failedUnknown")
  const color =
    phase.phase === "done" ? "green" : phase.phase === "failed" ? "red" : "blue"

  return (
    <Container
      className="flex flex-col gap-y-3 px-6 py-4"
      data-testid="search-reindex-progress"
      data-state={phase.phase}
    >
      <div className="flex items-center justify-between">
        <Heading level="h2">{t("bozorSearch.reindex.progressTitle")}</Heading>
        <StatusBadge color={color}>
          {t(
            `bozorSearch.syncStatus.${
              phase.phase === "done"
                ? "done"
                : phase.phase === "failed"
                  ? "failed"
                  : "processing"
            }`
          )}
        </StatusBadge>
      </div>
      <div
        className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div
          className="bg-ui-fg-interactive h-full rounded-full transition-all"
          style={{ width: `${percent}%` }}
        />
      </div>
      <Text size="small" leading="compact" data-testid="search-reindex-message">
        {label}
      </Text>
    </Container>
  )
}

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlass } from "@medusajs/icons"
import {
  Button,
  Container,
  Heading,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { IndexStatusSection } from "../../../components/index-status-section"
import {
  ReindexProgress,
  reindexPhase,
  TrackedJob,
} from "../../../components/reindex-progress"
import {
  useSearchStatus,
  useStartReindex,
} from "../../../hooks/api/search-status"

const POLL_MS = 1000

const ProductSearchPage = () => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const [job, setJob] = useState<TrackedJob | null>(null)
  const [polling, setPolling] = useState(false)
  const {
    data: status,
    dataUpdatedAt,
    isPending,
    isError,
    error,
  } = useSearchStatus(polling ? POLL_MS : false)
  const start = useStartReindex()

  const phase = status
    ? reindexPhase(status, dataUpdatedAt, job)
    : ({ phase: "idle" } as const)
  const active = phase.phase === "starting" || phase.phase === "running"
  if (active !== polling) {
    setPolling(active)
  }

  const onReindex = async () => {
    const confirmed = await prompt({
      title: t("bozorSearch.reindex.confirmTitle"),
      description: t("bozorSearch.reindex.confirmDescription"),
      confirmText: t("bozorSearch.reindex.confirm"),
      cancelText: t("bozorSearch.reindex.cancel"),
      variant: "confirmation",
    })
    if (!confirmed) {
      return
    }
    start.mutate(undefined, {
      onSuccess: (started) => {
        if (started) {
          setJob({ started_at: started.started_at, seen_at: Date.now() })
          toast.success(t("bozorSearch.reindex.started"))
        } else {
          toast.info(t("bozorSearch.reindex.alreadyRunning"))
        }
        setPolling(true)
      },
      onError: (e) =>
        toast.error(
          t("bozorSearch.reindex.failedToStart", { message: e.message })
        ),
    })
  }

  let body
  if (isPending) {
    body = (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {t("bozorSearch.loading")}
      </Text>
    )
  } else if (isError) {
    body = (
      <Text
        size="small"
        className="text-ui-fg-error px-6 py-4"
        data-testid="search-status-error"
      >
        {t("bozorSearch.loadError", { message: error.message })}
      </Text>
    )
  } else if (!status.enabled || !status.index) {
    body = (
      <Text
        size="small"
        className="text-ui-fg-subtle px-6 py-4"
        data-testid="search-status-empty"
      >
        {status.enabled ? t("bozorSearch.noIndex") : t("bozorSearch.disabled")}
      </Text>
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="search-page">
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("bozorSearch.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("bozorSearch.subtitle")}
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          onClick={onReindex}
          isLoading={start.isPending}
          disabled={!status?.index || active}
          data-testid="search-reindex"
        >
          {t("bozorSearch.reindex.button")}
        </Button>
      </Container>
      {body ? (
        <Container className="p-0">{body}</Container>
      ) : (
        <>
          <ReindexProgress phase={phase} />
          <IndexStatusSection status={status!} />
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "bozorSearch.menuLabel",
  translationNs: "translation",
  icon: MagnifyingGlass,
})

export default ProductSearchPage

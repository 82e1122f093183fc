import { Container } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { DisputeConversation } from "../../../components/dispute-conversation"
import { DisputeDecision } from "../../../components/dispute-decision"
import { DisputeHistory } from "../../../components/dispute-history"
import { DisputeSummary } from "../../../components/dispute-summary"
import { ErrorMessage, LoadingRows } from "../../../components/state-messages"
import { useDispute } from "../../../hooks/api/disputes"

const DisputePage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const { data, isLoading, isError, error } = useDispute(id!)

  if (isLoading || isError || !data) {
    return (
      <Container className="p-0">
        {isLoading ? (
          <LoadingRows rows={6} />
        ) : (
          <ErrorMessage title={t("disputes.errors.loadOne")} error={error} />
        )}
      </Container>
    )
  }
  const { dispute } = data
  return (
    <div
      className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start"
      data-testid="dispute-page"
    >
      <div className="flex w-full flex-col gap-y-3">
        <DisputeSummary dispute={dispute} />
        <DisputeConversation dispute={dispute} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[400px]">
        <DisputeDecision dispute={dispute} />
        <DisputeHistory dispute={dispute} />
      </div>
    </div>
  )
}

export default DisputePage

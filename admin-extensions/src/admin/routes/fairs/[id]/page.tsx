import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { FairBooths } from "../../../components/fairs/fair-booths"
import { FairDetails } from "../../../components/fairs/fair-details"
import { FairHeader } from "../../../components/fairs/fair-header"
import { FairLeads } from "../../../components/fairs/fair-leads"
import { FairReport } from "../../../components/fairs/fair-report"
import { useFair } from "../../../components/fairs/use-fair"
import { useFairReport } from "../../../components/fairs/use-fair-report"

/** One fair: its details and status actions, its booths, what it brought (report and charts) and its trade leads. */
const FairDetailPage = () => {
  const { t } = useTranslation()
  const { id } = useParams()
  const { fair, booths, failure, reload } = useFair(id)
  // Booths come back as a new list after every change, which is when the report may have changed too.
  const { report, leads, failed } = useFairReport(id ?? "", fair ? booths : null)

  if (failure && !fair) {
    return (
      <Container data-testid="fair-detail-error">
        <Text>{t(failure === "not_found" ? "htx.fairs.detail.notFound" : "htx.fairs.loadError")}</Text>
      </Container>
    )
  }
  if (!fair) {
    return (
      <Container>
        <Text>{t("htx.fairs.loading")}</Text>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="fair-detail" data-slug={fair.slug}>
      <Container className="divide-y p-0">
        <FairHeader fair={fair} onChanged={reload} />
        <FairDetails fair={fair} />
      </Container>
      <Container className="divide-y p-0">
        <FairBooths fair={fair} booths={booths} onChanged={reload} />
      </Container>
      <Container className="divide-y p-0">
        <FairReport fair={fair} report={report} failed={failed} />
        <FairLeads leads={leads} />
      </Container>
    </div>
  )
}

export default FairDetailPage

import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { CooperativeHeader } from "../../../components/cooperatives/cooperative-header"
import { CooperativeHistory } from "../../../components/cooperatives/cooperative-history"
import { CooperativeMembers } from "../../../components/cooperatives/cooperative-members"
import { CooperativeProfile } from "../../../components/cooperatives/cooperative-profile"
import { useCooperative } from "../../../components/cooperatives/use-cooperative"

/** One cooperative's dossier, members and status history, with the approve / reject / suspend actions. */
const CooperativeDetailPage = () => {
  const { t } = useTranslation()
  const { id } = useParams()
  const { cooperative, failure, actorNames, reload } = useCooperative(id)

  if (failure && !cooperative) {
    return (
      <Container data-testid="cooperative-detail-error">
        <Text>{t(failure === "not_found" ? "htx.cooperatives.detail.notFound" : "htx.cooperatives.loadError")}</Text>
      </Container>
    )
  }
  if (!cooperative) {
    return (
      <Container>
        <Text>{t("htx.cooperatives.loading")}</Text>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="cooperative-detail" data-handle={cooperative.handle}>
      <Container className="divide-y p-0">
        <CooperativeHeader cooperative={cooperative} onChanged={reload} />
        <CooperativeProfile cooperative={cooperative} />
      </Container>
      <Container className="divide-y p-0">
        <CooperativeMembers members={cooperative.members} />
        <CooperativeHistory changes={cooperative.status_changes} members={cooperative.members} actorNames={actorNames} />
      </Container>
    </div>
  )
}

export default CooperativeDetailPage

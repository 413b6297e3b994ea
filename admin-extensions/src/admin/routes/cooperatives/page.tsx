import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CooperativeFilters } from "../../components/cooperatives/cooperative-filters"
import { ListPagination } from "../../components/common/list-pagination"
import { CooperativesTable } from "../../components/cooperatives/cooperatives-table"
import { useCooperativeList } from "../../components/cooperatives/use-cooperative-list"
import { useListQuery } from "../../components/cooperatives/use-list-query"
import { PAGE_SIZE } from "../../lib/cooperatives"

/** The operator's list of cooperatives, opening on the queue of registrations waiting for review. */
const CooperativesPage = () => {
  const { t } = useTranslation()
  const [query, setQuery] = useListQuery()
  const { list, loadedFor, failed, loading } = useCooperativeList(query)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("htx.cooperatives.title")}</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          {t("htx.cooperatives.intro")}
        </Text>
      </div>
      <CooperativeFilters query={query} onChange={setQuery} />
      {failed && (
        <Text className="px-6 py-4 text-ui-fg-error" data-testid="cooperatives-error">
          {t("htx.cooperatives.loadError")}
        </Text>
      )}
      {!failed && !list && <Text className="px-6 py-4">{t("htx.cooperatives.loading")}</Text>}
      {list && loadedFor && (
        <>
          <CooperativesTable list={list} loadedFor={loadedFor} loading={loading} />
          <ListPagination
            count={list.count}
            offset={loadedFor.offset}
            pageSize={PAGE_SIZE}
            disabled={loading}
            onOffset={(offset) => setQuery({ offset })}
            testIdPrefix="cooperatives"
          />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "htx.cooperatives.nav",
  translationNs: "translation",
  icon: Buildings,
})

export default CooperativesPage

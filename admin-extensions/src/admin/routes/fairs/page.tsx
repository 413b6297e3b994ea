import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarSolid } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { ListPagination } from "../../components/common/list-pagination"
import { CreateFairModal } from "../../components/fairs/create-fair-modal"
import { FairsTable } from "../../components/fairs/fairs-table"
import { useFairList } from "../../components/fairs/use-fair-list"
import { FAIRS_PAGE_SIZE } from "../../lib/fairs"

/** The province's trade fairs, the latest start first, and the form for a new one. */
const FairsPage = () => {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const asked = Number(params.get("offset") ?? 0)
  const offset = Number.isInteger(asked) && asked > 0 ? asked : 0
  const { list, loadedFor, failed, loading } = useFairList(offset)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-start md:justify-between">
        <div>
          <Heading level="h1">{t("htx.fairs.title")}</Heading>
          <Text className="text-ui-fg-subtle" size="small">
            {t("htx.fairs.intro")}
          </Text>
        </div>
        <CreateFairModal />
      </div>
      {failed && (
        <Text className="px-6 py-4 text-ui-fg-error" data-testid="fairs-error">
          {t("htx.fairs.loadError")}
        </Text>
      )}
      {!failed && !list && <Text className="px-6 py-4">{t("htx.fairs.loading")}</Text>}
      {list && loadedFor !== null && (
        <>
          <FairsTable list={list} offset={loadedFor} loading={loading} />
          <ListPagination
            count={list.count}
            offset={loadedFor}
            pageSize={FAIRS_PAGE_SIZE}
            disabled={loading}
            onOffset={(next) => setParams(next ? { offset: String(next) } : {}, { replace: true })}
            testIdPrefix="fairs"
          />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "htx.fairs.nav",
  translationNs: "translation",
  icon: CalendarSolid,
})

export default FairsPage

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlass } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ReindexButton } from "../../components/search/reindex-button"
import { ReindexProgress } from "../../components/search/reindex-progress"
import { SearchEngine } from "../../components/search/search-engine"
import { useSearchStatus } from "../../components/search/use-search-status"

/** Which engine serves the storefront's search, and the full reindex: its progress, and a button to start one. */
const SearchPage = () => {
  const { t } = useTranslation()
  const { status, failed, start } = useSearchStatus()
  const running = status?.reindex?.status === "running"

  return (
    <Container className="divide-y p-0" data-testid="search-admin">
      <div className="px-6 py-4">
        <Heading level="h1">{t("htx.search.title")}</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          {t("htx.search.intro")}
        </Text>
      </div>
      {failed && !status && (
        <Text className="px-6 py-4 text-ui-fg-error" data-testid="search-admin-error">
          {t("htx.search.loadError")}
        </Text>
      )}
      {!failed && !status && <Text className="px-6 py-4">{t("htx.search.loading")}</Text>}
      {status && (
        <>
          <SearchEngine provider={status.provider} />
          <section className="flex flex-col gap-y-4 px-6 py-4">
            <div className="flex flex-col gap-3 md:flex-row md:items-start md:justify-between">
              <div className="flex flex-col gap-y-1">
                <Heading level="h2">{t("htx.search.reindex.title")}</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("htx.search.reindex.about")}
                </Text>
              </div>
              <ReindexButton running={running} onStart={start} />
            </div>
            <ReindexProgress reindex={status.reindex} />
            {failed && (
              <Text size="small" className="text-ui-fg-error" data-testid="search-admin-refresh-error">
                {t(running ? "htx.search.refreshRetrying" : "htx.search.refreshError")}
              </Text>
            )}
          </section>
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "htx.search.nav",
  translationNs: "translation",
  icon: MagnifyingGlass,
})

export default SearchPage

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CertificateFilters } from "../../components/ocop-certificates/certificate-filters"
import { ListPagination } from "../../components/common/list-pagination"
import { CertificatesTable } from "../../components/ocop-certificates/certificates-table"
import { useCertificateList } from "../../components/ocop-certificates/use-certificate-list"
import { useCertificateQuery } from "../../components/ocop-certificates/use-certificate-query"
import { OCOP_PAGE_SIZE } from "../../lib/ocop-certificates"

/** The operators' queue of OCOP certificates, opening on the ones waiting for a check. */
const OcopCertificatesPage = () => {
  const { t } = useTranslation()
  const [query, setQuery] = useCertificateQuery()
  const { list, loadedFor, failed, loading } = useCertificateList(query)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("htx.ocop.title")}</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          {t("htx.ocop.intro")}
        </Text>
      </div>
      <CertificateFilters query={query} onChange={setQuery} />
      {failed && (
        <Text className="px-6 py-4 text-ui-fg-error" data-testid="ocop-certs-error">
          {t("htx.ocop.loadError")}
        </Text>
      )}
      {!failed && !list && <Text className="px-6 py-4">{t("htx.ocop.loading")}</Text>}
      {list && loadedFor && (
        <>
          <CertificatesTable list={list} loadedFor={loadedFor} loading={loading} />
          <ListPagination
            count={list.count}
            offset={loadedFor.offset}
            pageSize={OCOP_PAGE_SIZE}
            disabled={loading}
            onOffset={(offset) => setQuery({ offset })}
            testIdPrefix="ocop-certs"
          />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "htx.ocop.nav",
  translationNs: "translation",
  icon: ShieldCheck,
})

export default OcopCertificatesPage

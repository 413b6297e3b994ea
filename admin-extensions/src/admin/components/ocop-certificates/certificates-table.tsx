import { Table, Text, clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { formatDate } from "../../lib/cooperatives"
import { productSetLabel, starMarks, type OcopList, type OcopListQuery } from "../../lib/ocop-certificates"
import { CertificateStatusBadge } from "./certificate-status-badge"

type Props = { list: OcopList; loadedFor: OcopListQuery; loading: boolean }

/** One page of certificates; a row opens the certificate. The data-filter-* attributes say which query the rows answer. */
export const CertificatesTable = ({ list, loadedFor, loading }: Props) => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const answers = { "data-filter-status": loadedFor.status, "data-offset": loadedFor.offset }

  if (!list.certificates.length) {
    return (
      <div className="px-6 py-8" data-testid="ocop-certs-empty" {...answers}>
        <Text className="text-ui-fg-subtle">{t("htx.ocop.empty")}</Text>
      </div>
    )
  }

  return (
    <div className={clx("overflow-x-auto", loading && "opacity-60")} aria-busy={loading}>
      <Table data-testid="ocop-certs-table" {...answers}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("htx.ocop.columns.decision")}</Table.HeaderCell>
            <Table.HeaderCell>{t("htx.ocop.columns.cooperative")}</Table.HeaderCell>
            <Table.HeaderCell>{t("htx.ocop.columns.products")}</Table.HeaderCell>
            <Table.HeaderCell>{t("htx.ocop.columns.stars")}</Table.HeaderCell>
            <Table.HeaderCell className="hidden lg:table-cell">{t("htx.ocop.columns.productSet")}</Table.HeaderCell>
            <Table.HeaderCell>{t("htx.ocop.columns.status")}</Table.HeaderCell>
            <Table.HeaderCell className="hidden md:table-cell">{t("htx.ocop.columns.submitted")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {list.certificates.map((c) => (
            <Table.Row
              key={c.id}
              className="cursor-pointer"
              data-testid="ocop-cert-row"
              data-id={c.id}
              data-status={c.status}
              onClick={() => navigate(`/ocop-certificates/${c.id}`)}
            >
              <Table.Cell>
                <Link
                  to={`/ocop-certificates/${c.id}`}
                  className="txt-compact-small-plus"
                  data-testid="ocop-cert-link"
                  onClick={(e) => e.stopPropagation()}
                >
                  {c.decision_number}
                </Link>
              </Table.Cell>
              <Table.Cell>{c.cooperative?.name ?? "—"}</Table.Cell>
              <Table.Cell className="max-w-64 truncate">{c.products.map((p) => p.title).join(", ")}</Table.Cell>
              <Table.Cell className="whitespace-nowrap" title={t("htx.ocop.starsLabel", { count: c.stars })}>
                <span className="text-ui-tag-orange-icon">{starMarks(c.stars)}</span>
                {c.potential_five_star && <span className="text-ui-fg-subtle"> · {t("htx.ocop.potentialShort")}</span>}
              </Table.Cell>
              <Table.Cell className="hidden max-w-56 truncate lg:table-cell">{productSetLabel(c.product_set, i18n.language)}</Table.Cell>
              <Table.Cell className="whitespace-nowrap">
                <CertificateStatusBadge status={c.status} />
              </Table.Cell>
              <Table.Cell className="hidden whitespace-nowrap md:table-cell">{formatDate(c.created_at, i18n.language)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

import { Table, Text, clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { formatDate, type CooperativeList, type CooperativeListQuery } from "../../lib/cooperatives"
import { CooperativeStatusBadge } from "./status-badge"

type Props = { list: CooperativeList; loadedFor: CooperativeListQuery; loading: boolean }

/** One page of cooperatives; a row opens the cooperative. The data-filter-* attributes say which query the rows answer. */
export const CooperativesTable = ({ list, loadedFor, loading }: Props) => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const answers = { "data-filter-status": loadedFor.status, "data-offset": loadedFor.offset }

  if (!list.cooperatives.length) {
    return (
      <div className="px-6 py-8" data-testid="cooperatives-empty" {...answers}>
        <Text className="text-ui-fg-subtle">{t("htx.cooperatives.empty")}</Text>
      </div>
    )
  }

  return (
    <div className={clx("overflow-x-auto", loading && "opacity-60")} aria-busy={loading}>
      <Table data-testid="cooperatives-table" {...answers}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("htx.cooperatives.columns.name")}</Table.HeaderCell>
            <Table.HeaderCell>{t("htx.cooperatives.columns.commune")}</Table.HeaderCell>
            <Table.HeaderCell className="hidden md:table-cell">{t("htx.cooperatives.columns.kind")}</Table.HeaderCell>
            <Table.HeaderCell>{t("htx.cooperatives.columns.status")}</Table.HeaderCell>
            <Table.HeaderCell className="hidden md:table-cell">{t("htx.cooperatives.columns.registered")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {list.cooperatives.map((c) => (
            <Table.Row
              key={c.id}
              className="cursor-pointer"
              data-testid="cooperative-row"
              data-handle={c.handle}
              data-status={c.status}
              onClick={() => navigate(`/cooperatives/${c.id}`)}
            >
              <Table.Cell>
                <Link
                  to={`/cooperatives/${c.id}`}
                  className="txt-compact-small-plus"
                  data-testid="cooperative-row-link"
                  onClick={(e) => e.stopPropagation()}
                >
                  {c.name}
                </Link>
              </Table.Cell>
              <Table.Cell>{[c.commune, c.province].filter(Boolean).join(", ")}</Table.Cell>
              <Table.Cell className="hidden md:table-cell">{t(`htx.cooperatives.kind.${c.kind}`)}</Table.Cell>
              <Table.Cell className="whitespace-nowrap">
                <CooperativeStatusBadge status={c.status} />
              </Table.Cell>
              <Table.Cell className="hidden whitespace-nowrap md:table-cell">{formatDate(c.created_at, i18n.language)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

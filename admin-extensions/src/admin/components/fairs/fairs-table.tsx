import { Table, Text, clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { fairName, formatFairTime } from "../../lib/fair-format"
import type { FairList } from "../../lib/fairs"
import { FairPhaseBadge, FairStatusBadge } from "./fair-badges"

type Props = { list: FairList; offset: number; loading: boolean }

/** One page of fairs with what operators decided (status) and where each stands now (phase); a row opens the fair. */
export const FairsTable = ({ list, offset, loading }: Props) => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()

  if (!list.fairs.length) {
    return (
      <div className="px-6 py-8" data-testid="fairs-empty" data-offset={offset}>
        <Text className="text-ui-fg-subtle">{t("htx.fairs.empty")}</Text>
      </div>
    )
  }

  return (
    <div className={clx("overflow-x-auto", loading && "opacity-60")} aria-busy={loading}>
      <Table data-testid="fairs-table" data-offset={offset}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("htx.fairs.columns.name")}</Table.HeaderCell>
            <Table.HeaderCell>{t("htx.fairs.columns.starts")}</Table.HeaderCell>
            <Table.HeaderCell className="hidden md:table-cell">{t("htx.fairs.columns.ends")}</Table.HeaderCell>
            <Table.HeaderCell className="hidden md:table-cell">{t("htx.fairs.columns.kind")}</Table.HeaderCell>
            <Table.HeaderCell>{t("htx.fairs.columns.status")}</Table.HeaderCell>
            <Table.HeaderCell>{t("htx.fairs.columns.phase")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {list.fairs.map((f) => (
            <Table.Row
              key={f.id}
              className="cursor-pointer"
              data-testid="fair-row"
              data-slug={f.slug}
              data-status={f.status}
              data-phase={f.phase}
              onClick={() => navigate(`/fairs/${f.id}`)}
            >
              <Table.Cell>
                <Link to={`/fairs/${f.id}`} className="txt-compact-small-plus" data-testid="fair-row-link" onClick={(e) => e.stopPropagation()}>
                  {fairName(f, i18n.language)}
                </Link>
                <span className="text-ui-fg-subtle block" data-testid="fair-row-slug">
                  {f.slug}
                </span>
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">{formatFairTime(f.starts_at, i18n.language)}</Table.Cell>
              <Table.Cell className="hidden whitespace-nowrap md:table-cell">{formatFairTime(f.ends_at, i18n.language)}</Table.Cell>
              <Table.Cell className="hidden md:table-cell">{t(`htx.fairs.kind.${f.kind}`)}</Table.Cell>
              <Table.Cell className="whitespace-nowrap">
                <FairStatusBadge status={f.status} />
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">
                <FairPhaseBadge phase={f.phase} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

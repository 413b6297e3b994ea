import { Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatFairTime } from "../../lib/fair-format"
import type { TradeLead } from "../../lib/fairs"

/** Business buyers' inquiries sent from the fair's booths, newest first; the cooperatives answer them. */
export const FairLeads = ({ leads }: { leads: TradeLead[] | null }) => {
  const { t, i18n } = useTranslation()
  return (
    <section className="py-4" data-testid="fair-leads">
      <Heading level="h2" className="mb-3 px-6">
        {t("htx.fairs.sections.leads")}
      </Heading>
      {!leads && <Text className="px-6" size="small">{t("htx.fairs.loading")}</Text>}
      {leads && !leads.length && (
        <Text size="small" className="px-6 text-ui-fg-subtle" data-testid="fair-leads-empty">
          {t("htx.fairs.leads.empty")}
        </Text>
      )}
      {leads && leads.length > 0 && (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("htx.fairs.leads.sent")}</Table.HeaderCell>
                <Table.HeaderCell>{t("htx.fairs.leads.booth")}</Table.HeaderCell>
                <Table.HeaderCell>{t("htx.fairs.leads.buyer")}</Table.HeaderCell>
                <Table.HeaderCell>{t("htx.fairs.leads.request")}</Table.HeaderCell>
                <Table.HeaderCell>{t("htx.fairs.leads.statusLabel")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {leads.map((l) => (
                <Table.Row key={l.id} data-testid="fair-lead" data-status={l.status}>
                  <Table.Cell className="whitespace-nowrap align-top">{formatFairTime(l.created_at, i18n.language)}</Table.Cell>
                  <Table.Cell className="align-top">
                    <span className="txt-compact-small-plus">{l.booth_code ?? "—"}</span>
                    {l.cooperative && <span className="text-ui-fg-subtle block">{l.cooperative.name}</span>}
                  </Table.Cell>
                  <Table.Cell className="align-top">
                    <span className="txt-compact-small-plus block">{l.company}</span>
                    <span className="text-ui-fg-subtle block">{l.contact_name}</span>
                    <a href={`mailto:${l.email}`} className="text-ui-fg-interactive hover:underline">
                      {l.email}
                    </a>
                  </Table.Cell>
                  <Table.Cell className="max-w-96 align-top">
                    <Text size="small">{[l.product_title, l.quantity, l.target_market].filter(Boolean).join(" · ")}</Text>
                    <Text size="small" className="text-ui-fg-subtle line-clamp-2 whitespace-pre-line" title={l.message}>
                      {l.message}
                    </Text>
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap align-top">
                    <StatusBadge color={l.status === "answered" ? "green" : "orange"}>{t(`htx.fairs.leads.status.${l.status}`)}</StatusBadge>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  )
}

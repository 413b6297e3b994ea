import { Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { CooperativeMember } from "../../lib/cooperatives"

/** The people who act for the cooperative on the marketplace. */
export const CooperativeMembers = ({ members }: { members: CooperativeMember[] }) => {
  const { t } = useTranslation()
  return (
    <section className="py-4" data-testid="cooperative-members">
      <Heading level="h2" className="mb-3 px-6">
        {t("htx.cooperatives.sections.members")}
      </Heading>
      {!members.length ? (
        <Text size="small" className="px-6 text-ui-fg-subtle">
          {t("htx.cooperatives.members.empty")}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("htx.cooperatives.members.name")}</Table.HeaderCell>
                <Table.HeaderCell>{t("htx.cooperatives.members.email")}</Table.HeaderCell>
                <Table.HeaderCell>{t("htx.cooperatives.members.role")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {members.map((m) => (
                <Table.Row key={m.id} data-testid="cooperative-member">
                  <Table.Cell>{m.full_name}</Table.Cell>
                  <Table.Cell>{m.email}</Table.Cell>
                  <Table.Cell>{t(`htx.cooperatives.members.roles.${m.role}`, { defaultValue: m.role })}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  )
}

import { Button, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { errorMessage } from "../../lib/cooperatives"
import { boothAwaitsDecision, boothHasPoster, boothPosterUrl, decideBooth, type Booth, type BoothDecision, type Fair } from "../../lib/fairs"
import { BoothProducts } from "./booth-products"
import { BoothStatusBadge } from "./fair-badges"
import { BoothDecisionPrompt, type BoothAsk } from "./booth-decision-prompt"
import { InviteCooperativeDrawer } from "./invite-cooperative-drawer"

type Props = { fair: Fair; booths: Booth[]; onChanged: () => Promise<void> }

/** The fair's booths in every status: invite a cooperative, approve (with a code) or reject, print an approved booth's poster. */
export const FairBooths = ({ fair, booths, onChanged }: Props) => {
  const { t } = useTranslation()
  const [ask, setAsk] = useState<BoothAsk | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const over = fair.phase === "ended" || fair.phase === "archived"

  const decide = async (booth: Booth, decision: BoothDecision) => {
    setSubmitting(true)
    try {
      await decideBooth(fair.id, booth.id, decision)
      toast.success(t(`htx.fairs.booths.done.${decision.decision}`))
      setAsk(null)
    } catch (e) {
      // A taken code or an unapproved cooperative: the prompt stays open so the operator can fix it.
      toast.error(errorMessage(e, t("htx.fairs.actions.failed")))
    } finally {
      setSubmitting(false)
      await onChanged()
    }
  }

  return (
    <section className="py-4" data-testid="fair-booths">
      <div className="mb-3 flex items-center justify-between gap-3 px-6">
        <Heading level="h2">{t("htx.fairs.sections.booths")}</Heading>
        {!over && <InviteCooperativeDrawer fairId={fair.id} booths={booths} onInvited={onChanged} />}
      </div>
      {!booths.length ? (
        <Text size="small" className="px-6 text-ui-fg-subtle" data-testid="fair-booths-empty">
          {t("htx.fairs.booths.empty")}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("htx.fairs.booths.code")}</Table.HeaderCell>
                <Table.HeaderCell>{t("htx.fairs.booths.cooperative")}</Table.HeaderCell>
                <Table.HeaderCell>{t("htx.fairs.booths.products")}</Table.HeaderCell>
                <Table.HeaderCell>{t("htx.fairs.booths.statusLabel")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("htx.fairs.booths.actions")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {booths.map((b) => (
                <Table.Row key={b.id} data-testid="fair-booth" data-handle={b.cooperative?.handle} data-status={b.status} data-code={b.code ?? ""}>
                  <Table.Cell className="txt-compact-small-plus" data-testid="fair-booth-code-cell">
                    {b.code ?? "—"}
                  </Table.Cell>
                  <Table.Cell>
                    {b.cooperative ? (
                      <Link to={`/cooperatives/${b.cooperative.id}`} className="text-ui-fg-interactive hover:underline">
                        {b.cooperative.name}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <BoothProducts fairId={fair.id} booth={b} canCurate={!over} onChanged={onChanged} />
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-col gap-y-1 py-1">
                      <span>
                        <BoothStatusBadge status={b.status} testId="fair-booth-status" />
                      </span>
                      {b.status === "rejected" && b.reject_reason && (
                        <Text size="small" className="whitespace-pre-line text-ui-fg-subtle">
                          {t("htx.fairs.booths.reason", { reason: b.reject_reason })}
                        </Text>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-wrap justify-end gap-2">
                      {boothAwaitsDecision(b) && !over && (
                        <>
                          <Button size="small" variant="secondary" data-testid="fair-booth-reject" onClick={() => setAsk({ booth: b, decision: "rejected" })}>
                            {t("htx.fairs.booths.reject")}
                          </Button>
                          <Button size="small" data-testid="fair-booth-approve" onClick={() => setAsk({ booth: b, decision: "approved" })}>
                            {t("htx.fairs.booths.approve")}
                          </Button>
                        </>
                      )}
                      {boothHasPoster(fair, b) && (
                        <a href={boothPosterUrl(fair.id, b.id)} download className="txt-compact-small-plus text-ui-fg-interactive hover:underline" data-testid="fair-booth-poster">
                          {t("htx.fairs.booths.poster")}
                        </a>
                      )}
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <BoothDecisionPrompt ask={ask} submitting={submitting} onCancel={() => setAsk(null)} onConfirm={(decision) => ask && void decide(ask.booth, decision)} />
    </section>
  )
}

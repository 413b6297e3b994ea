import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatDateTime, type CooperativeMember, type CooperativeStatusChange } from "../../lib/cooperatives"
import { CooperativeStatusBadge } from "./status-badge"

type Props = { changes: CooperativeStatusChange[]; members: CooperativeMember[]; actorNames: Record<string, string> }

/** Who changed the cooperative's status, when and why; newest first. */
export const CooperativeHistory = ({ changes, members, actorNames }: Props) => {
  const { t, i18n } = useTranslation()
  const memberNames: Record<string, string> = Object.fromEntries(members.map((m) => [m.id, m.full_name]))
  const actor = (c: CooperativeStatusChange) => {
    const role = t(`htx.cooperatives.history.actor.${c.actor_type}`)
    // Operators are admin users; a cooperative acts through one of its members.
    const who = c.actor_id ? (actorNames[c.actor_id] ?? memberNames[c.actor_id] ?? c.actor_id) : null
    return who && c.actor_type !== "system" ? `${role} · ${who}` : role
  }

  return (
    <section className="px-6 py-4" data-testid="cooperative-history">
      <Heading level="h2" className="mb-3">
        {t("htx.cooperatives.sections.history")}
      </Heading>
      {!changes.length && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("htx.cooperatives.history.empty")}
        </Text>
      )}
      <ol className="flex flex-col gap-y-4 border-l pl-4">
        {changes.map((c) => (
          <li key={c.id} className="relative" data-testid="cooperative-history-item" data-to-status={c.to_status}>
            <span className="bg-ui-fg-muted absolute -left-[21px] top-1.5 h-2 w-2 rounded-full" aria-hidden />
            <div className="flex flex-wrap items-center gap-2">
              {c.from_status && <CooperativeStatusBadge status={c.from_status} />}
              {c.from_status && <span aria-hidden>→</span>}
              <CooperativeStatusBadge status={c.to_status} />
            </div>
            <Text size="small" className="text-ui-fg-subtle mt-1">
              <time dateTime={c.created_at}>{formatDateTime(c.created_at, i18n.language)}</time>{" "}
              {t("htx.cooperatives.history.by", { actor: actor(c) })}
            </Text>
            {c.reason && (
              <Text size="small" className="mt-1 whitespace-pre-line" data-testid="cooperative-history-reason">
                {t("htx.cooperatives.history.reason", { reason: c.reason })}
              </Text>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}

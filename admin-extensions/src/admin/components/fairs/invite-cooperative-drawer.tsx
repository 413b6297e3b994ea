import { Button, Drawer, Input, Label, Text, clx, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/cooperatives"
import { inviteCooperative, searchApprovedCooperatives, type Booth, type InvitableCooperative } from "../../lib/fairs"
import { useDebouncedText } from "../cooperatives/use-debounced-text"

type Props = { fairId: string; booths: Booth[]; onInvited: () => Promise<void> }

/** Invites an approved cooperative that has no booth yet, with an optional booth code. */
export const InviteCooperativeDrawer = ({ fairId, booths, onInvited }: Props) => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [q, setQ] = useState("")
  const [typed, setTyped] = useDebouncedText(q, setQ)
  const [found, setFound] = useState<InvitableCooperative[] | null>(null)
  const [chosen, setChosen] = useState<string | null>(null)
  const [code, setCode] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (!open) return
    let current = true
    setFound(null)
    searchApprovedCooperatives(q)
      .then((list) => current && setFound(list))
      .catch(() => current && setFound([]))
    return () => {
      current = false
    }
  }, [open, q])

  const taken = new Set(booths.map((b) => b.cooperative?.id))
  const openChange = (next: boolean) => {
    if (saving) return
    setOpen(next)
    if (!next) return
    setTyped("")
    setQ("")
    setChosen(null)
    setCode("")
    setError(null)
  }

  const invite = async () => {
    if (!chosen) return setError(t("htx.fairs.invite.pickFirst"))
    setSaving(true)
    setError(null)
    try {
      await inviteCooperative(fairId, chosen, code)
      toast.success(t("htx.fairs.invite.done"))
      setOpen(false)
      await onInvited()
    } catch (e) {
      setError(errorMessage(e, t("htx.fairs.actions.failed")))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={openChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="fair-invite">
          {t("htx.fairs.invite.open")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content data-testid="fair-invite-drawer">
        <Drawer.Header>
          <Drawer.Title>{t("htx.fairs.invite.title")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
          <div className="flex flex-col gap-y-1">
            <Label size="small" htmlFor="fair-invite-search">
              {t("htx.fairs.invite.search")}
            </Label>
            <Input id="fair-invite-search" type="search" data-testid="fair-invite-search" placeholder={t("htx.fairs.invite.searchPlaceholder")} value={typed} onChange={(e) => setTyped(e.target.value)} />
          </div>
          {!found && <Text size="small">{t("htx.fairs.loading")}</Text>}
          {found && !found.length && (
            <Text size="small" className="text-ui-fg-subtle" data-testid="fair-invite-none">
              {t("htx.fairs.invite.none")}
            </Text>
          )}
          <ul className="flex flex-col gap-y-1" role="listbox" aria-label={t("htx.fairs.invite.search")} data-testid="fair-invite-results" data-q={q}>
            {found?.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  role="option"
                  aria-selected={chosen === c.id}
                  disabled={taken.has(c.id)}
                  data-testid="fair-invite-option"
                  data-handle={c.handle}
                  onClick={() => setChosen(c.id)}
                  className={clx(
                    "txt-compact-small w-full rounded-md border px-3 py-2 text-left disabled:opacity-50",
                    chosen === c.id ? "border-ui-border-interactive bg-ui-bg-highlight" : "hover:bg-ui-bg-base-hover"
                  )}
                >
                  <span className="txt-compact-small-plus block">{c.name}</span>
                  <span className="text-ui-fg-subtle">{taken.has(c.id) ? t("htx.fairs.invite.hasBooth") : c.commune}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="flex flex-col gap-y-1">
            <Label size="small" htmlFor="fair-invite-code">
              {t("htx.fairs.invite.code")}
            </Label>
            <Input id="fair-invite-code" data-testid="fair-invite-code" placeholder="A12" value={code} onChange={(e) => setCode(e.target.value)} />
          </div>
          {error && (
            <Text size="small" className="text-ui-fg-error" role="alert" data-testid="fair-invite-error">
              {error}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" disabled={saving}>
              {t("htx.fairs.actions.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" data-testid="fair-invite-submit" isLoading={saving} onClick={() => void invite()}>
            {t("htx.fairs.invite.submit")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

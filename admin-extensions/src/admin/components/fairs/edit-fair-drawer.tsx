import { Button, Drawer, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/cooperatives"
import { updateFair, type Fair } from "../../lib/fairs"
import { FairForm } from "./fair-form"
import { fairToValues, valuesToDetails, type FairFormValues } from "./fair-form-values"

type Props = { fair: Fair; onSaved: () => Promise<void> }

/** Edits the fair's details in a drawer; a refusal stays in the drawer, next to the fields it names. */
export const EditFairDrawer = ({ fair, onSaved }: Props) => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<FairFormValues>(() => fairToValues(fair))
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const openChange = (next: boolean) => {
    if (saving) return
    setOpen(next)
    if (next) {
      setValues(fairToValues(fair))
      setError(null)
    }
  }

  const save = async () => {
    setSaving(true)
    setError(null)
    try {
      await updateFair(fair.id, valuesToDetails(values))
      toast.success(t("htx.fairs.edit.done"))
      setOpen(false)
      await onSaved()
    } catch (e) {
      setError(errorMessage(e, t("htx.fairs.actions.failed")))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={openChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="fair-edit">
          {t("htx.fairs.edit.open")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content data-testid="fair-edit-drawer">
        <form
          className="flex h-full flex-col overflow-hidden"
          onSubmit={(e) => {
            e.preventDefault()
            void save()
          }}
        >
          <Drawer.Header>
            <Drawer.Title>{t("htx.fairs.edit.title")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex-1 overflow-y-auto">
            <FairForm values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} error={error} />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button" disabled={saving}>
                {t("htx.fairs.actions.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" data-testid="fair-edit-submit" isLoading={saving}>
              {t("htx.fairs.edit.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { errorMessage } from "../../lib/cooperatives"
import { slugify } from "../../lib/fair-format"
import { createFair } from "../../lib/fairs"
import { FairForm } from "./fair-form"
import { emptyFairValues, valuesToDetails, type FairFormValues } from "./fair-form-values"

/** "New fair": the details in a full-screen form; a saved fair (a draft) opens on its own page. */
export const CreateFairModal = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<FairFormValues>(emptyFairValues)
  // The slug follows the Vietnamese name until the operator writes one.
  const [slugTouched, setSlugTouched] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const change = (patch: Partial<FairFormValues>) => {
    if (patch.slug !== undefined) setSlugTouched(true)
    setValues((v) => ({ ...v, ...patch, ...(patch.name_vi !== undefined && !slugTouched ? { slug: slugify(patch.name_vi) } : {}) }))
  }

  const openChange = (next: boolean) => {
    if (saving) return
    setOpen(next)
    if (next) {
      setValues(emptyFairValues())
      setSlugTouched(false)
      setError(null)
    }
  }

  const save = async () => {
    setSaving(true)
    setError(null)
    try {
      const fair = await createFair(valuesToDetails(values))
      toast.success(t("htx.fairs.create.done"))
      setOpen(false)
      void navigate(`/fairs/${fair.id}`)
    } catch (e) {
      setError(errorMessage(e, t("htx.fairs.actions.failed")))
    } finally {
      setSaving(false)
    }
  }

  return (
    <FocusModal open={open} onOpenChange={openChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="fairs-create">
          {t("htx.fairs.create.open")}
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content data-testid="fair-create-modal">
        <form
          className="flex h-full flex-col overflow-hidden"
          onSubmit={(e) => {
            e.preventDefault()
            void save()
          }}
        >
          <FocusModal.Header>
            <FocusModal.Title asChild>
              <Heading level="h2">{t("htx.fairs.create.title")}</Heading>
            </FocusModal.Title>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-8">
            <div className="flex w-full max-w-[720px] flex-col gap-y-6 px-4">
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("htx.fairs.create.intro")}
                </Text>
              </FocusModal.Description>
              <FairForm values={values} onChange={change} error={error} />
            </div>
          </FocusModal.Body>
          <FocusModal.Footer>
            <div className="flex items-center justify-end gap-x-2">
              <FocusModal.Close asChild>
                <Button size="small" variant="secondary" type="button" disabled={saving}>
                  {t("htx.fairs.actions.cancel")}
                </Button>
              </FocusModal.Close>
              <Button size="small" type="submit" data-testid="fair-create-submit" isLoading={saving}>
                {t("htx.fairs.create.submit")}
              </Button>
            </div>
          </FocusModal.Footer>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}

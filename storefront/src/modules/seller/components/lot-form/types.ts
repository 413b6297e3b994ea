import type { LotFieldErrors, LotFormValues } from "@/lib/data/seller/lot-views"

/** What each section of the lot form receives: the values, the refused fields and a way to change values. */
export type SectionProps = {
  values: LotFormValues
  errors: LotFieldErrors
  onChange: (change: Partial<LotFormValues>) => void
}

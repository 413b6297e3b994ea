import { findCommune } from "../../../util/communes"
import { isProvince } from "../../../util/provinces"
import type { LotFieldErrors, LotFormValues } from "../lot-views"

/**
 * The lot form's values with the origin commune in its official spelling, or the field's problem when the chosen
 * province has no such commune (the list since 1 July 2025). Server only: the list is read from a file. An empty
 * commune or province is the form check's to report.
 */
export function withOfficialOriginCommune(values: LotFormValues): { values: LotFormValues } | { errors: LotFieldErrors } {
  if (values.originCommune.trim() === "" || !isProvince(values.originProvince)) return { values }
  const commune = findCommune(values.originProvince, values.originCommune)
  return commune ? { values: { ...values, originCommune: commune } } : { errors: { originCommune: "commune_unknown" } }
}

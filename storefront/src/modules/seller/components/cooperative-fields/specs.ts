import type { CooperativeFormValues } from "@/lib/data/seller/views"

/** How one text field of the cooperative form is shown; `name` is also its label's message key. */
export type FieldSpec = {
  name: Exclude<keyof CooperativeFormValues, "kind" | "province" | "commune" | "logoUrl" | "bannerUrl">
  hint?:
    | "nameHint"
    | "shortNameHint"
    | "sectorsHint"
    | "phoneHint"
    | "streetHint"
    | "descriptionViHint"
    | "bankBinHint"
    | "bankAccountHolderHint"
  optional?: boolean
  required?: boolean
  type?: "text" | "email" | "tel" | "date" | "number"
  inputMode?: "email" | "tel" | "numeric"
  autoComplete?: string
  wide?: boolean
  multiline?: boolean
}

/** What the cooperative is called. */
export const NAME_FIELDS: FieldSpec[] = [
  { name: "name", hint: "nameHint", required: true, wide: true },
  { name: "shortName", hint: "shortNameHint", optional: true },
]

/** Who it is, after its kind and registration number (handled apart). */
export const IDENTITY_FIELDS: FieldSpec[] = [
  { name: "foundedOn", type: "date", optional: true },
  { name: "legalRepresentative", autoComplete: "name", required: true },
  { name: "memberCount", type: "number", inputMode: "numeric", required: true },
  { name: "sectors", hint: "sectorsHint", optional: true },
]

/** How to reach it (province and commune come from the official lists, handled apart). */
export const CONTACT_FIELDS: FieldSpec[] = [
  { name: "phone", hint: "phoneHint", type: "tel", inputMode: "tel", autoComplete: "tel", required: true },
  { name: "email", type: "email", inputMode: "email", autoComplete: "email", required: true },
  { name: "street", hint: "streetHint", autoComplete: "address-line1", required: true, wide: true },
]

/** What it says about itself, in both languages. */
export const DESCRIPTION_FIELDS: FieldSpec[] = [
  { name: "descriptionVi", hint: "descriptionViHint", multiline: true },
  { name: "descriptionEn", optional: true, multiline: true },
]

/** Where its sales are paid (owners only). */
export const BANK_FIELDS: FieldSpec[] = [
  { name: "bankBin", hint: "bankBinHint", inputMode: "numeric" },
  { name: "bankAccountNumber", inputMode: "numeric" },
  { name: "bankAccountHolder", hint: "bankAccountHolderHint", wide: true },
]

/** The test id of a field: `coop-` and its name in kebab case (bankBin → coop-bank-bin). */
export function coopTestId(name: string): string {
  return `coop-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`
}

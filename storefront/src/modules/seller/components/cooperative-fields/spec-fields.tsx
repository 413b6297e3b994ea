import { useTranslations } from "next-intl"
import type { CooperativeFormValues } from "@/lib/data/seller/views"
import { coopTestId, type FieldSpec } from "./specs"
import TextField from "./text-field"

type Props = { specs: FieldSpec[]; values: CooperativeFormValues }

/** Renders a list of cooperative text fields from their specs, labelled from `SellerProfile`. */
export default function SpecFields({ specs, values }: Props) {
  const t = useTranslations("SellerProfile")
  return specs.map((spec) => (
    <TextField
      key={spec.name}
      name={spec.name}
      testId={coopTestId(spec.name)}
      label={t(spec.name)}
      hint={spec.hint && t(spec.hint)}
      optionalLabel={spec.optional ? t("optional") : undefined}
      defaultValue={values[spec.name]}
      type={spec.type}
      inputMode={spec.inputMode}
      autoComplete={spec.autoComplete}
      required={spec.required}
      multiline={spec.multiline}
      wide={spec.wide}
    />
  ))
}

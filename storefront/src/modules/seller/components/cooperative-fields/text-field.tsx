import type { HTMLInputTypeAttribute } from "react"
import form from "../../styles/form.module.css"
import Field, { hintId } from "../field"

type Props = {
  /** Form field name, read back by the server action. */
  name: string
  testId: string
  label: string
  defaultValue: string
  hint?: string
  optionalLabel?: string
  type?: HTMLInputTypeAttribute
  inputMode?: "text" | "email" | "tel" | "numeric"
  autoComplete?: string
  required?: boolean
  readOnly?: boolean
  multiline?: boolean
  wide?: boolean
}

/** One labelled text input (or textarea) of a seller form, uncontrolled so typing stays fast on phones. */
export default function TextField({ testId, label, hint, optionalLabel, multiline, wide, type = "text", ...input }: Props) {
  const id = `field-${testId}`
  const common = { ...input, id, className: form.input, "aria-describedby": hintId(id, hint), "data-testid": testId }
  return (
    <Field label={label} htmlFor={id} hint={hint} optionalLabel={optionalLabel} wide={wide || multiline}>
      {multiline ? <textarea {...common} rows={4} /> : <input {...common} type={type} />}
    </Field>
  )
}

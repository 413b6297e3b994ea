import { Alert, Input, Label, Select, Text, Textarea } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { FAIR_KINDS, type FairKind } from "../../lib/fairs"
import { fieldsNamedIn, type FairFieldKey, type FairFormValues } from "./fair-form-values"

type Props = {
  values: FairFormValues
  onChange: (patch: Partial<FairFormValues>) => void
  /** The backend's message when it refused the last save; the fields it names are marked. */
  error: string | null
}

/** The fair's details, shared by the create and edit forms; the backend's refusal is shown above the fields it names. */
export const FairForm = ({ values, onChange, error }: Props) => {
  const { t } = useTranslation()
  const invalid = new Set<FairFieldKey>(error ? fieldsNamedIn(error) : [])
  const text = (key: Exclude<FairFieldKey, "kind">, type: "text" | "datetime-local" | "url" = "text") => (
    <Field name={key} invalid={invalid.has(key)}>
      <Input
        id={`fair-field-${key}`}
        data-testid={`fair-field-${key}`}
        type={type}
        value={values[key]}
        aria-invalid={invalid.has(key)}
        placeholder={t(`htx.fairs.form.placeholders.${key}`, { defaultValue: "" })}
        onChange={(e) => onChange({ [key]: e.target.value })}
      />
    </Field>
  )
  const area = (key: "description_vi" | "description_en") => (
    <Field name={key} invalid={invalid.has(key)}>
      <Textarea id={`fair-field-${key}`} data-testid={`fair-field-${key}`} value={values[key]} aria-invalid={invalid.has(key)} onChange={(e) => onChange({ [key]: e.target.value })} />
    </Field>
  )

  return (
    <div className="flex flex-col gap-y-4">
      {error && (
        <Alert variant="error" data-testid="fair-form-error" role="alert">
          {t("htx.fairs.form.refused", { message: error })}
        </Alert>
      )}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {text("name_vi")}
        {text("name_en")}
        {text("slug")}
        {text("organiser")}
        <Field name="kind" invalid={invalid.has("kind")}>
          <Select value={values.kind} onValueChange={(kind) => onChange({ kind: kind as FairKind })}>
            <Select.Trigger id="fair-field-kind" data-testid="fair-field-kind" data-value={values.kind}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {FAIR_KINDS.map((kind) => (
                <Select.Item key={kind} value={kind} data-testid={`fair-kind-option-${kind}`}>
                  {t(`htx.fairs.kind.${kind}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        {text("banner_url", "url")}
        {values.kind !== "online" && text("venue_name")}
        {values.kind !== "online" && text("venue_address")}
        {text("starts_at", "datetime-local")}
        {text("ends_at", "datetime-local")}
        {text("application_deadline", "datetime-local")}
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {t("htx.fairs.form.timeZone")}
      </Text>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {area("description_vi")}
        {area("description_en")}
      </div>
    </div>
  )
}

type FieldProps = { name: FairFieldKey; invalid: boolean; children: ReactNode }

/** A labelled field; a field the backend named in its refusal says so under it. */
const Field = ({ name, invalid, children }: FieldProps) => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-1" data-testid={`fair-form-field-${name}`} data-invalid={invalid}>
      <Label size="small" htmlFor={`fair-field-${name}`}>
        {t(`htx.fairs.fields.${name}`)}
      </Label>
      {children}
      {invalid && (
        <Text size="small" className="text-ui-fg-error">
          {t("htx.fairs.form.checkField")}
        </Text>
      )}
    </div>
  )
}

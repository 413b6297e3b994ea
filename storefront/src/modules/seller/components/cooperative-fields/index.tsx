import { useTranslations } from "next-intl"
import type { CommuneList } from "@/lib/data/commune-views"
import type { CooperativeFormValues } from "@/lib/data/seller/views"
import form from "../../styles/form.module.css"
import Field from "../field"
import ImageField from "./image-field"
import PlaceFields from "./place-fields"
import SpecFields from "./spec-fields"
import { BANK_FIELDS, CONTACT_FIELDS, DESCRIPTION_FIELDS, IDENTITY_FIELDS, NAME_FIELDS } from "./specs"
import TextField from "./text-field"

type Props = {
  values: CooperativeFormValues
  /** On update the registration number is shown read-only; the backend does not change it. */
  mode: "create" | "update"
  showBank: boolean
  /** The communes of `values.province`, rendered with the form so the list works without JavaScript. */
  communes?: CommuneList | null
}

const KINDS = ["cooperative", "cooperative_group", "cooperative_union"] as const

/** The cooperative's fields, shared by registration and the profile page; names match `CooperativeFormValues`. */
export default function CooperativeFields({ values, mode, showBank, communes }: Props) {
  const t = useTranslations("SellerProfile")
  return (
    <>
      <fieldset className={form.section}>
        <legend>{t("identitySection")}</legend>
        <div className={form.grid}>
          <SpecFields specs={NAME_FIELDS} values={values} />
          <Field label={t("kind")} htmlFor="field-coop-kind">
            <select id="field-coop-kind" name="kind" defaultValue={values.kind} className={form.input} data-testid="coop-kind">
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </select>
          </Field>
          <TextField
            name="registrationNumber"
            testId="coop-registration-number"
            label={t("registrationNumber")}
            hint={mode === "create" ? t("registrationNumberHint") : t("registrationNumberLocked")}
            defaultValue={values.registrationNumber}
            inputMode="numeric"
            readOnly={mode === "update"}
            required
          />
          <SpecFields specs={IDENTITY_FIELDS} values={values} />
        </div>
      </fieldset>

      <fieldset className={form.section}>
        <legend>{t("contactSection")}</legend>
        <div className={form.grid}>
          <SpecFields specs={CONTACT_FIELDS} values={values} />
          <PlaceFields province={values.province} commune={values.commune} communes={communes ?? undefined} />
        </div>
      </fieldset>

      <fieldset className={form.section}>
        <legend>{t("descriptionSection")}</legend>
        <SpecFields specs={DESCRIPTION_FIELDS} values={values} />
      </fieldset>

      {/* Logo and banner are chosen on the profile page, once the cooperative exists; registration stays short. */}
      {mode === "update" && (
        <fieldset className={form.section}>
          <legend>{t("imagesSection")}</legend>
          <div className={form.grid}>
            <ImageField name="logoUrl" testId="coop-logo" label={t("logo")} hint={t("logoHint")} defaultValue={values.logoUrl} />
            <ImageField name="bannerUrl" testId="coop-banner" label={t("banner")} hint={t("bannerHint")} defaultValue={values.bannerUrl} wide />
          </div>
        </fieldset>
      )}

      {showBank && (
        <fieldset className={form.section} id="bank" data-testid="coop-bank-section">
          <legend>{t("bankSection")}</legend>
          <p className={form.hint}>{t("bankLead")}</p>
          <div className={form.grid}>
            <SpecFields specs={BANK_FIELDS} values={values} />
          </div>
        </fieldset>
      )}
    </>
  )
}

"use client"

import { useTranslations } from "next-intl"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import { CERTIFICATION_KINDS, type CertificationKind } from "@/lib/data/traceability-views"
import form from "../../styles/form.module.css"
import Field from "../field"
import FieldProblem, { describedBy } from "../field-problem"
import DocumentField from "./document-field"
import type { SectionProps } from "./types"
import { useFieldProblem } from "./use-field-problem"

type Props = SectionProps & {
  uploadPath: string
  onUploading: (busy: boolean) => void
  onError: (error: SellerActionError | null) => void
}

function toKind(value: string): CertificationKind | "" {
  return CERTIFICATION_KINDS.find((kind) => kind === value) ?? ""
}

/** One optional certification of the lot (VietGAP, organic, …): its number, validity and the scanned certificate. */
export default function CertificationFields({ values, errors, onChange, uploadPath, onUploading, onError }: Props) {
  const t = useTranslations("TraceSeller")
  const tTrace = useTranslations("Trace")
  const problem = useFieldProblem()
  return (
    <div className={form.grid}>
      <Field label={t("certKind")} htmlFor="lot-cert-kind" optionalLabel={t("optional")} wide>
        <select
          id="lot-cert-kind"
          value={values.certKind}
          onChange={(event) => onChange({ certKind: toKind(event.target.value) })}
          className={form.input}
          data-testid="lot-cert-kind"
        >
          <option value="">{t("certNone")}</option>
          {CERTIFICATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {tTrace(`certificationKinds.${kind}`)}
            </option>
          ))}
        </select>
      </Field>
      {values.certKind !== "" && (
        <>
          <Field
            label={t("certName")}
            htmlFor="lot-cert-name"
            hint={t("certNameHint")}
            optionalLabel={values.certKind === "other" ? undefined : t("optional")}
          >
            <input
              id="lot-cert-name"
              value={values.certName}
              onChange={(event) => onChange({ certName: event.target.value })}
              className={form.input}
              maxLength={200}
              data-testid="lot-cert-name"
              {...describedBy("lot-cert-name", { hint: true, problem: problem(errors.certName) })}
            />
            <FieldProblem id="lot-cert-name" message={problem(errors.certName)} />
          </Field>
          <Field label={t("certNumber")} htmlFor="lot-cert-number" optionalLabel={t("optional")}>
            <input
              id="lot-cert-number"
              value={values.certNumber}
              onChange={(event) => onChange({ certNumber: event.target.value })}
              className={form.input}
              maxLength={100}
              autoComplete="off"
              data-testid="lot-cert-number"
            />
          </Field>
          <Field label={t("certIssuer")} htmlFor="lot-cert-issuer" optionalLabel={t("optional")}>
            <input
              id="lot-cert-issuer"
              value={values.certIssuer}
              onChange={(event) => onChange({ certIssuer: event.target.value })}
              className={form.input}
              maxLength={200}
              data-testid="lot-cert-issuer"
            />
          </Field>
          <Field label={t("certValidUntil")} htmlFor="lot-cert-valid-until" optionalLabel={t("optional")}>
            <input
              id="lot-cert-valid-until"
              type="date"
              value={values.certValidUntil}
              onChange={(event) => onChange({ certValidUntil: event.target.value })}
              className={form.input}
              data-testid="lot-cert-valid-until"
              {...describedBy("lot-cert-valid-until", { problem: problem(errors.certValidUntil) })}
            />
            <FieldProblem id="lot-cert-valid-until" message={problem(errors.certValidUntil)} />
          </Field>
          <DocumentField
            url={values.certDocumentUrl}
            uploadPath={uploadPath}
            onChange={(certDocumentUrl) => onChange({ certDocumentUrl })}
            onBusy={onUploading}
            onError={onError}
          />
        </>
      )}
    </div>
  )
}

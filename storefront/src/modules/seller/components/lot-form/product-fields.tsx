"use client"

import { useTranslations } from "next-intl"
import type { LotVariantGroup, UnitOption } from "@/lib/data/seller/lot-views"
import { isKnownUnit } from "@/modules/traceability/components/unit-name"
import form from "../../styles/form.module.css"
import Field from "../field"
import FieldProblem, { describedBy } from "../field-problem"
import type { SectionProps } from "./types"
import { useFieldProblem } from "./use-field-problem"

type Props = SectionProps & { groups: LotVariantGroup[]; units: UnitOption[] }

/** Which product variant the lot is, its GTIN and lot code, dates and quantity. */
export default function ProductFields({ values, errors, onChange, groups, units }: Props) {
  const t = useTranslations("TraceSeller")
  const tTrace = useTranslations("Trace")
  const problem = useFieldProblem()
  const unitName = (u: UnitOption) => u.label ?? (isKnownUnit(u.code) ? tTrace(`units.${u.code}`) : u.code)
  return (
    <div className={form.grid}>
      <Field label={t("variant")} htmlFor="lot-variant" wide>
        <select
          id="lot-variant"
          value={values.variantId}
          onChange={(event) => onChange({ variantId: event.target.value })}
          className={form.input}
          data-testid="lot-variant"
          {...describedBy("lot-variant", { problem: problem(errors.variantId) })}
        >
          <option value="">{t("variantPlaceholder")}</option>
          {groups.map((group) => (
            <optgroup key={group.productId} label={group.productTitle}>
              {group.variants.map((variant) => (
                <option key={variant.id} value={variant.id}>
                  {variant.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldProblem id="lot-variant" message={problem(errors.variantId)} />
      </Field>
      <Field label={t("gtin")} htmlFor="lot-gtin" hint={t("gtinHint")}>
        <input
          id="lot-gtin"
          value={values.gtin}
          onChange={(event) => onChange({ gtin: event.target.value })}
          className={form.input}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          data-testid="lot-gtin"
          {...describedBy("lot-gtin", { hint: true, problem: problem(errors.gtin) })}
        />
        <FieldProblem id="lot-gtin" message={problem(errors.gtin)} />
      </Field>
      <Field label={t("lotCode")} htmlFor="lot-code" hint={t("lotCodeHint")}>
        <input
          id="lot-code"
          value={values.lotCode}
          onChange={(event) => onChange({ lotCode: event.target.value })}
          className={form.input}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          data-testid="lot-code"
          {...describedBy("lot-code", { hint: true, problem: problem(errors.lotCode) })}
        />
        <FieldProblem id="lot-code" message={problem(errors.lotCode)} />
      </Field>
      <Field label={t("producedOn")} htmlFor="lot-produced-on">
        <input
          id="lot-produced-on"
          type="date"
          value={values.producedOn}
          onChange={(event) => onChange({ producedOn: event.target.value })}
          className={form.input}
          data-testid="lot-produced-on"
          {...describedBy("lot-produced-on", { problem: problem(errors.producedOn) })}
        />
        <FieldProblem id="lot-produced-on" message={problem(errors.producedOn)} />
      </Field>
      <Field label={t("expiresOn")} htmlFor="lot-expires-on" optionalLabel={t("optional")}>
        <input
          id="lot-expires-on"
          type="date"
          value={values.expiresOn}
          min={values.producedOn || undefined}
          onChange={(event) => onChange({ expiresOn: event.target.value })}
          className={form.input}
          data-testid="lot-expires-on"
          {...describedBy("lot-expires-on", { problem: problem(errors.expiresOn) })}
        />
        <FieldProblem id="lot-expires-on" message={problem(errors.expiresOn)} />
      </Field>
      <Field label={t("quantity")} htmlFor="lot-quantity">
        <input
          id="lot-quantity"
          value={values.quantity}
          onChange={(event) => onChange({ quantity: event.target.value })}
          className={form.input}
          inputMode="numeric"
          autoComplete="off"
          data-testid="lot-quantity"
          {...describedBy("lot-quantity", { problem: problem(errors.quantity) })}
        />
        <FieldProblem id="lot-quantity" message={problem(errors.quantity)} />
      </Field>
      <Field label={t("unit")} htmlFor="lot-unit">
        <select
          id="lot-unit"
          value={values.unit}
          onChange={(event) => onChange({ unit: event.target.value })}
          className={form.input}
          data-testid="lot-unit"
          {...describedBy("lot-unit", { problem: problem(errors.unit) })}
        >
          <option value="">{t("unitPlaceholder")}</option>
          {units.map((unit) => (
            <option key={unit.code} value={unit.code}>
              {unitName(unit)}
            </option>
          ))}
        </select>
        <FieldProblem id="lot-unit" message={problem(errors.unit)} />
      </Field>
    </div>
  )
}

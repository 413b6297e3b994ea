"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import { PROVINCES } from "@/lib/util/provinces"
import { useCommunes } from "@/modules/common/components/commune-input/use-communes"
import form from "../../styles/form.module.css"
import Field from "../field"
import FieldProblem, { describedBy } from "../field-problem"
import styles from "./styles.module.css"
import type { SectionProps } from "./types"
import { useFieldProblem } from "./use-field-problem"

type Locating = "idle" | "busy" | "failed"

// Five decimals are about a metre: as precise as a phone's fix, and short enough to read back.
const round = (value: number) => String(Math.round(value * 1e5) / 1e5)

/** Where the lot comes from: the farm or workshop, its commune and province, and optional coordinates. */
export default function OriginFields({ values, errors, onChange }: SectionProps) {
  const t = useTranslations("TraceSeller")
  const problem = useFieldProblem()
  const [locating, setLocating] = useState<Locating>("idle")
  // The chosen province's official communes, offered as the seller types.
  const communes = useCommunes(values.originProvince, undefined)

  function locate() {
    if (!("geolocation" in navigator)) return setLocating("failed")
    setLocating("busy")
    navigator.geolocation.getCurrentPosition(
      (position) => {
        onChange({ originLatitude: round(position.coords.latitude), originLongitude: round(position.coords.longitude) })
        setLocating("idle")
      },
      () => setLocating("failed"),
      { enableHighAccuracy: true, timeout: 20_000 }
    )
  }

  return (
    <div className={form.grid}>
      <Field label={t("originName")} htmlFor="lot-origin-name" hint={t("originNameHint")} wide>
        <input
          id="lot-origin-name"
          value={values.originName}
          onChange={(event) => onChange({ originName: event.target.value })}
          className={form.input}
          maxLength={200}
          data-testid="lot-origin-name"
          {...describedBy("lot-origin-name", { hint: true, problem: problem(errors.originName) })}
        />
        <FieldProblem id="lot-origin-name" message={problem(errors.originName)} />
      </Field>
      <Field label={t("commune")} htmlFor="lot-origin-commune">
        <input
          id="lot-origin-commune"
          value={values.originCommune}
          onChange={(event) => onChange({ originCommune: event.target.value })}
          className={form.input}
          maxLength={200}
          list="lot-origin-commune-options"
          autoComplete="off"
          data-testid="lot-origin-commune"
          {...describedBy("lot-origin-commune", { problem: problem(errors.originCommune) })}
        />
        <datalist id="lot-origin-commune-options" data-testid="lot-origin-commune-options" data-province={communes.length > 0 ? values.originProvince : ""}>
          {communes.map((commune) => (
            <option key={commune} value={commune} />
          ))}
        </datalist>
        <FieldProblem id="lot-origin-commune" message={problem(errors.originCommune)} />
      </Field>
      <Field label={t("province")} htmlFor="lot-origin-province">
        <select
          id="lot-origin-province"
          value={values.originProvince}
          onChange={(event) => onChange({ originProvince: event.target.value })}
          className={form.input}
          data-testid="lot-origin-province"
          {...describedBy("lot-origin-province", { problem: problem(errors.originProvince) })}
        >
          <option value="">{t("provincePlaceholder")}</option>
          {PROVINCES.map((province) => (
            <option key={province} value={province}>
              {province}
            </option>
          ))}
        </select>
        <FieldProblem id="lot-origin-province" message={problem(errors.originProvince)} />
      </Field>
      <Field label={t("latitude")} htmlFor="lot-origin-latitude" optionalLabel={t("optional")}>
        <input
          id="lot-origin-latitude"
          value={values.originLatitude}
          onChange={(event) => onChange({ originLatitude: event.target.value })}
          className={form.input}
          inputMode="decimal"
          autoComplete="off"
          data-testid="lot-origin-latitude"
          {...describedBy("lot-origin-latitude", { problem: problem(errors.originLatitude) })}
        />
        <FieldProblem id="lot-origin-latitude" message={problem(errors.originLatitude)} />
      </Field>
      <Field label={t("longitude")} htmlFor="lot-origin-longitude" optionalLabel={t("optional")}>
        <input
          id="lot-origin-longitude"
          value={values.originLongitude}
          onChange={(event) => onChange({ originLongitude: event.target.value })}
          className={form.input}
          inputMode="decimal"
          autoComplete="off"
          data-testid="lot-origin-longitude"
          {...describedBy("lot-origin-longitude", { problem: problem(errors.originLongitude) })}
        />
        <FieldProblem id="lot-origin-longitude" message={problem(errors.originLongitude)} />
      </Field>
      <div className={`${styles.locate} ${form.wide}`}>
        <button type="button" className="button" onClick={locate} disabled={locating === "busy"} data-testid="lot-origin-locate">
          {locating === "busy" ? t("locating") : t("locate")}
        </button>
        <p className={form.hint} role="status">
          {locating === "failed" ? t("locateFailed") : t("coordinatesHint")}
        </p>
      </div>
    </div>
  )
}

"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import type { CommuneList } from "@/lib/data/commune-views"
import { PROVINCES } from "@/lib/util/provinces"
import CommuneInput from "@/modules/common/components/commune-input"
import form from "../../styles/form.module.css"
import Field, { hintId } from "../field"

type Props = { province: string; commune: string; communes: CommuneList | undefined }

/** The cooperative's province, then its commune, ward or special zone from that province's official list. */
export default function PlaceFields({ province: initialProvince, commune, communes }: Props) {
  const t = useTranslations("SellerProfile")
  // Followed as it changes, so the commune list is the chosen province's at once.
  const [province, setProvince] = useState(initialProvince)
  const communeId = "field-coop-commune"
  const communeHint = t("communeHint")
  return (
    <>
      <Field label={t("province")} htmlFor="field-coop-province">
        <select
          id="field-coop-province"
          name="province"
          defaultValue={initialProvince}
          onChange={(event) => setProvince(event.target.value)}
          className={form.input}
          required
          data-testid="coop-province"
        >
          <option value="">{t("provincePlaceholder")}</option>
          {PROVINCES.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("commune")} htmlFor={communeId} hint={communeHint}>
        <CommuneInput
          id={communeId}
          name="commune"
          province={province}
          initial={communes}
          defaultValue={commune}
          required
          describedBy={hintId(communeId, communeHint)}
          className={form.input}
          testId="coop-commune"
        />
      </Field>
    </>
  )
}

import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { LotFormValues, LotVariantGroup, UnitOption } from "@/lib/data/seller/lot-views"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import LotForm from "../components/lot-form"
import styles from "./edit-template.module.css"

type Props = { groups: LotVariantGroup[]; units: UnitOption[]; initial: LotFormValues; documentUploadPath: string }

/** The new-lot page: back to the list, the form. */
export default async function LotNewTemplate({ groups, units, initial, documentUploadPath }: Props) {
  const t = await getTranslations("TraceSeller")
  return (
    <>
      <Link href={SELLER_PATHS.lots} className={styles.back} data-testid="lot-back">
        ← {t("backToList")}
      </Link>
      <h1 data-testid="lot-new-heading">{t("newTitle")}</h1>
      {groups.length === 0 && <p className={styles.warning}>{t("noVariants")}</p>}
      <LotForm groups={groups} units={units} initial={initial} documentUploadPath={documentUploadPath} />
    </>
  )
}

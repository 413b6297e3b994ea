import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { getPathname } from "@/i18n/navigation"
import { toAppLocale } from "@/i18n/routing"
import { SELLER_DOCUMENT_UPLOAD_PATH } from "@/lib/data/seller/lot-paths"
import { listLotUnits, listLotVariantGroups } from "@/lib/data/seller/lots"
import { initialLotValues, parseLotProductParam } from "@/lib/data/seller/mappers/lot"
import LotNewTemplate from "@/modules/seller/templates/lot-new-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ product_id?: string | string[] }> }

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "TraceSeller" })
  return { title: t("newTitle"), robots: { index: false } }
}

export default async function NewSellerLotPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  const productId = parseLotProductParam((await searchParams).product_id)
  const [groups, units] = await Promise.all([listLotVariantGroups(), listLotUnits(locale)])
  return (
    <LotNewTemplate
      groups={groups}
      units={units}
      initial={initialLotValues(groups, units, productId)}
      documentUploadPath={getPathname({ href: SELLER_DOCUMENT_UPLOAD_PATH, locale })}
    />
  )
}

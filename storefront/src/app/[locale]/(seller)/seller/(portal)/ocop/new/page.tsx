import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { listOcopProductOptions, listOcopProductSetGroups } from "@/lib/data/seller/ocop"
import SellerNewCertificateTemplate from "@/modules/ocop/templates/seller-new-certificate-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "OcopSeller" })
  return { title: t("newTitle"), robots: { index: false } }
}

export default async function NewOcopCertificatePage({ params }: Props) {
  const locale = toAppLocale((await params).locale)
  const [products, productSets] = await Promise.all([listOcopProductOptions(locale), listOcopProductSetGroups(locale)])
  return <SellerNewCertificateTemplate products={products} productSets={productSets} />
}

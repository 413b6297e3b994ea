import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { listSellerOcopCertificates } from "@/lib/data/seller/ocop"
import SellerCertificatesTemplate from "@/modules/ocop/templates/seller-certificates-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ submitted?: string | string[] }>
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "OcopSeller" })
  return { title: t("title"), robots: { index: false } }
}

export default async function SellerOcopPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  const [{ rows, count }, query] = await Promise.all([listSellerOcopCertificates(locale), searchParams])
  return <SellerCertificatesTemplate rows={rows} count={count} submitted={query.submitted === "1"} />
}

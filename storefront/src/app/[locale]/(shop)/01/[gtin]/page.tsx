import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { getTradeItem } from "@/lib/data/traceability"
import { normalizeGtin } from "@/lib/traceability/gtin"
import { traceAlternates } from "@/lib/traceability/metadata"
import { requestOrigin } from "@/lib/util/request-origin"
import TradeItemTemplate from "@/modules/traceability/templates/trade-item-template"

// `/01/{gtin}`: the middleware has already answered malformed GTINs with 400 and sent short ones to 14 digits.
type Props = { params: Promise<{ locale: string; gtin: string }> }

async function load(params: Props["params"]) {
  const { locale: raw, gtin } = await params
  const locale = toAppLocale(raw)
  const checked = normalizeGtin(gtin)
  return { locale, item: "gtin" in checked ? await getTradeItem(checked.gtin, locale) : null }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, item } = await load(params)
  if (!item) return {}
  const t = await getTranslations({ locale, namespace: "Trace" })
  const names = { product: item.product.title, cooperative: item.cooperative?.shortName ?? item.cooperative?.name ?? "" }
  return {
    metadataBase: await requestOrigin(),
    title: t("metaTradeItemTitle", names),
    description: t("metaTradeItemDescription", names),
    alternates: traceAlternates(item.path, locale),
    openGraph: item.product.thumbnail ? { images: [item.product.thumbnail] } : undefined,
  }
}

export default async function TradeItemPage({ params }: Props) {
  const { locale, item } = await load(params)
  setRequestLocale(locale)
  if (!item) notFound()
  return <TradeItemTemplate item={item} />
}

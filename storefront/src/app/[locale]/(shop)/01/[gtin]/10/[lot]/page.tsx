import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { listOcopBadges } from "@/lib/data/ocop"
import { getTraceLot } from "@/lib/data/traceability"
import { lotFromRouteParam } from "@/lib/traceability/digital-link"
import { normalizeGtin } from "@/lib/traceability/gtin"
import { lotProblem } from "@/lib/traceability/lot-code"
import { traceAlternates } from "@/lib/traceability/metadata"
import { requestOrigin } from "@/lib/util/request-origin"
import LotTemplate from "@/modules/traceability/templates/lot-template"

// `/01/{gtin}/10/{lot}` (also reached from `/22/…` and `/21/…` forms): the middleware has checked the link,
// answered malformed ones with 400, JSON-LD requests with the EPCIS document, and rewritten the rest here with the
// lot encoded exactly once.
type Props = { params: Promise<{ locale: string; gtin: string; lot: string }> }

async function load(params: Props["params"]) {
  const { locale: raw, gtin, lot: lotParam } = await params
  const locale = toAppLocale(raw)
  const checked = normalizeGtin(gtin)
  const lot = lotFromRouteParam(lotParam)
  const valid = "gtin" in checked && lotProblem(lot) === null
  return { locale, lot: valid ? await getTraceLot(checked.gtin, lot, locale) : null }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, lot } = await load(params)
  if (!lot) return {}
  const t = await getTranslations({ locale, namespace: "Trace" })
  const cooperative = lot.cooperative?.shortName ?? lot.cooperative?.name ?? ""
  return {
    metadataBase: await requestOrigin(),
    title: t("metaLotTitle", { product: lot.product.title, lot: lot.lotCode }),
    description: t("metaLotDescription", { product: lot.product.title, lot: lot.lotCode, cooperative, date: lot.producedLabel }),
    alternates: traceAlternates(lot.path, locale),
    openGraph: lot.product.thumbnail ? { images: [lot.product.thumbnail] } : undefined,
  }
}

export default async function TraceLotPage({ params }: Props) {
  const { locale, lot } = await load(params)
  setRequestLocale(locale)
  if (!lot) notFound()
  const badges = await listOcopBadges([lot.product.id], locale)
  return <LotTemplate lot={lot} ocop={badges.get(lot.product.id) ?? null} />
}

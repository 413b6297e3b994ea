import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { parseOcopQuery } from "@/lib/data/mappers/ocop"
import { listOcopProducts } from "@/lib/data/ocop"
import { isPageOutOfRange, paginate } from "@/lib/util/pagination"
import OcopTemplate from "@/modules/ocop/templates/ocop-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Ocop" })
  return { title: t("metaTitle"), description: t("metaDescription") }
}

export default async function OcopPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  const query = parseOcopQuery(await searchParams)
  const { items, count } = await listOcopProducts(query, locale)
  const pagination = paginate(query.page, count)
  if (isPageOutOfRange(pagination)) notFound()
  return <OcopTemplate products={items} count={count} query={query} pagination={pagination} />
}

import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { listCooperatives } from "@/lib/data/cooperatives"
import { parseDirectoryQuery } from "@/lib/data/mappers/directory"
import { isPageOutOfRange, paginate } from "@/lib/util/pagination"
import DirectoryTemplate from "@/modules/cooperatives/templates/directory-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: toAppLocale(locale), namespace: "Directory" })
  return { title: t("metaTitle"), description: t("metaDescription") }
}

export default async function CooperativesPage({ searchParams }: Props) {
  const query = parseDirectoryQuery(await searchParams)
  const directory = await listCooperatives(query)
  const pagination = paginate(query.page, directory.count)
  if (isPageOutOfRange(pagination)) notFound()
  return <DirectoryTemplate directory={directory} query={query} pagination={pagination} />
}

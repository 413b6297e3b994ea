import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { toAppLocale } from "@/i18n/routing"
import { getCooperativeByHandle } from "@/lib/data/cooperatives"
import { summarizeOcop } from "@/lib/data/mappers/ocop"
import { listProductsByIds } from "@/lib/data/products"
import CooperativeTemplate from "@/modules/cooperatives/templates/cooperative-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const cooperative = await getCooperativeByHandle(handle, toAppLocale(locale))
  return cooperative ? { title: cooperative.name, description: cooperative.description ?? undefined } : {}
}

export default async function CooperativePage({ params }: Props) {
  const { locale: rawLocale, handle } = await params
  const locale = toAppLocale(rawLocale)
  const cooperative = await getCooperativeByHandle(handle, locale)
  if (!cooperative) notFound()
  const products = await listProductsByIds(cooperative.productIds, locale)
  return <CooperativeTemplate cooperative={cooperative} products={products} ocop={summarizeOcop(products)} />
}

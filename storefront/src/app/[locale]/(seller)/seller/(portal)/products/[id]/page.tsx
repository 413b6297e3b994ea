import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { getSellerProduct, listCategoryOptions } from "@/lib/data/seller/products"
import ProductEditTemplate from "@/modules/seller/templates/product-edit-template"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ created?: string | string[] }> }

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerProducts" })
  return { title: t("editTitle"), robots: { index: false } }
}

export default async function SellerProductPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  const [product, categories] = await Promise.all([getSellerProduct(id), listCategoryOptions(toAppLocale(locale))])
  if (!product) notFound()
  return <ProductEditTemplate product={product} categories={categories} created={(await searchParams).created === "1"} />
}

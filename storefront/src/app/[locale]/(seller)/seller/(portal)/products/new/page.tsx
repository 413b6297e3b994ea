import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { listCategoryOptions } from "@/lib/data/seller/products"
import ProductEditTemplate from "@/modules/seller/templates/product-edit-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerProducts" })
  return { title: t("newTitle"), robots: { index: false } }
}

export default async function NewSellerProductPage({ params }: Props) {
  const categories = await listCategoryOptions(toAppLocale((await params).locale))
  return <ProductEditTemplate product={null} categories={categories} created={false} />
}

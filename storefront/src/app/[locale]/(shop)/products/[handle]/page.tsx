import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { toAppLocale } from "@/i18n/routing"
import { getProductByHandle } from "@/lib/data/products"
import ProductTemplate from "@/modules/products/templates/product-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const product = await getProductByHandle(handle, toAppLocale(locale))
  if (!product) return {}
  return {
    title: product.title,
    description: product.subtitle ?? undefined,
    openGraph: product.images[0] ? { images: [product.images[0].url] } : undefined,
  }
}

export default async function ProductPage({ params }: Props) {
  const { locale, handle } = await params
  const product = await getProductByHandle(handle, toAppLocale(locale))
  if (!product) notFound()
  return <ProductTemplate product={product} />
}

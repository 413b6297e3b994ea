import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { toAppLocale } from "@/i18n/routing"
import { getSellerStats } from "@/lib/data/cooperatives"
import { listDeliveryOptions } from "@/lib/data/delivery"
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
  const { locale: rawLocale, handle } = await params
  const locale = toAppLocale(rawLocale)
  const product = await getProductByHandle(handle, locale)
  if (!product) notFound()
  const cooperative = product.cooperative?.handle
  const [delivery, sellerStats] = cooperative
    ? await Promise.all([listDeliveryOptions(cooperative, locale), getSellerStats(cooperative, locale)])
    : [null, null]
  return <ProductTemplate product={product} delivery={delivery} sellerStats={sellerStats} />
}

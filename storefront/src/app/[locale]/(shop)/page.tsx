import { toAppLocale } from "@/i18n/routing"
import { listCategories } from "@/lib/data/categories"
import { listCollections } from "@/lib/data/collections"
import { listOcopShowcase } from "@/lib/data/ocop"
import { listFeaturedProducts } from "@/lib/data/products"
import HomeTemplate from "@/modules/home/templates/home-template"

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const locale = toAppLocale((await params).locale)
  const [categories, collections, featured, ocop] = await Promise.all([
    listCategories(locale),
    listCollections(locale),
    listFeaturedProducts(locale),
    listOcopShowcase(locale),
  ])
  return <HomeTemplate categories={categories} collections={collections} featured={featured} ocop={ocop} />
}

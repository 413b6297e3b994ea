import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { toAppLocale } from "@/i18n/routing"
import { hasSellerSession } from "@/lib/data/seller/context"
import { safeSellerNext } from "@/lib/data/seller/mappers/session-token"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import LoginTemplate from "@/modules/seller/templates/login-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ next?: string | string[]; expired?: string | string[] }>
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerAuth" })
  return { title: t("loginTitle"), robots: { index: false } }
}

export default async function SellerLoginPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  const query = await searchParams
  const next = safeSellerNext(query.next)
  if (await hasSellerSession()) redirect({ href: next ?? SELLER_PATHS.home, locale })
  return <LoginTemplate next={next} expired={query.expired === "1"} />
}

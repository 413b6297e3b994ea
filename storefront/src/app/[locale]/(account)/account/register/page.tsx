import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { safeAccountNext } from "@/lib/data/account/action-runner"
import { redirectSignedIn } from "@/lib/data/account/guard"
import AuthTemplate from "@/modules/account/templates/auth-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Account" })
  return { title: t("register.title"), robots: { index: false } }
}

export default async function RegisterPage({ searchParams }: Props) {
  const next = safeAccountNext((await searchParams).next)
  await redirectSignedIn(next)
  return <AuthTemplate mode="register" next={next} />
}

import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { requireCustomer } from "@/lib/data/account/guard"
import ProfileForm from "@/modules/account/components/profile-form"
import AccountTemplate from "@/modules/account/templates/account-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Account" })
  return { title: t("title"), robots: { index: false } }
}

export default async function AccountPage() {
  const customer = await requireCustomer("/account")
  const t = await getTranslations("Account")
  return (
    <AccountTemplate title={t("profile.title")} section="profile">
      <ProfileForm customer={customer} />
    </AccountTemplate>
  )
}

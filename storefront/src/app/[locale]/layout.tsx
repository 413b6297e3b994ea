import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { routing } from "@/i18n/routing"
import "@/styles/globals.css"

// Every page reads cookies (cart, region) and the backend at request time; nothing is prerendered at build.
export const dynamic = "force-dynamic"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "Metadata" })
  return {
    title: { default: t("title"), template: `%s · ${t("siteName")}` },
    description: t("description"),
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "Header" })

  return (
    <html lang={locale} data-locale={locale}>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#main">
            {t("skipToContent")}
          </a>
          {/* The shop and the seller portal each bring their own header and footer (see their route groups' layouts). */}
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  )
}

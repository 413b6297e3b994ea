"use client"

import { useTranslations } from "next-intl"
import { useEffect } from "react"

// Shown when the backend is unreachable or answers with an error; the header and footer stay.
export default function ShopError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("ErrorPage")
  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <section className="container page-message" role="alert">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <button type="button" className="button button-primary" onClick={reset}>
        {t("retry")}
      </button>
    </section>
  )
}

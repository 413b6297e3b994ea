import { useTranslations } from "next-intl"
import form from "../../styles/form.module.css"
import TextField from "../cooperative-fields/text-field"

/** Who is registering: their name, sign-in e-mail and password, and a phone the marketplace can call. */
export default function PersonFields({ defaultEmail }: { defaultEmail: string }) {
  const t = useTranslations("SellerAuth")
  return (
    <fieldset className={form.section} data-testid="seller-register-person">
      <legend>{t("personSection")}</legend>
      <div className={form.grid}>
        <TextField
          name="fullName"
          testId="seller-register-full-name"
          label={t("fullName")}
          autoComplete="name"
          defaultValue=""
          required
          wide
        />
        <TextField
          name="email"
          testId="seller-register-email"
          label={t("email")}
          type="email"
          inputMode="email"
          autoComplete="email"
          defaultValue={defaultEmail}
          required
        />
        <TextField
          name="password"
          testId="seller-register-password"
          label={t("password")}
          hint={t("passwordHint")}
          type="password"
          autoComplete="new-password"
          defaultValue=""
          required
        />
        <TextField
          name="personPhone"
          testId="seller-register-phone"
          label={t("phone")}
          optionalLabel={t("optional")}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          defaultValue=""
        />
      </div>
    </fieldset>
  )
}

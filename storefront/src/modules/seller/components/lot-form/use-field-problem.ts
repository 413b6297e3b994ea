import { useTranslations } from "next-intl"
import type { LotFieldError } from "@/lib/data/seller/lot-views"

/** Turns a field's error code into its sentence (or null), in the portal's language. */
export function useFieldProblem(): (code: LotFieldError | "reason" | "time" | undefined) => string | null {
  const t = useTranslations("TraceSeller.fieldErrors")
  return (code) => (code ? t(code) : null)
}

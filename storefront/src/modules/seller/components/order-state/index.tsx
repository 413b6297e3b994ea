import { useTranslations } from "next-intl"
import type { OrderState as State } from "@/lib/data/seller/order-views"
import StatusBadge, { type BadgeTone } from "../status-badge"

const TONES: Record<State, BadgeTone> = { new: "warn", confirmed: "neutral", shipped: "good", delivered: "good", canceled: "bad" }

/** An order's state as a coloured label. */
export default function OrderState({ state, testId }: { state: State; testId?: string }) {
  const t = useTranslations("SellerOrders")
  return <StatusBadge label={t(`state.${state}`)} tone={TONES[state]} status={state} testId={testId} />
}

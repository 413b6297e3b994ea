import { useTranslations } from "next-intl"
import type { PaymentStatus as Status } from "@/lib/data/payment-views"
import StatusBadge, { type BadgeTone } from "../status-badge"

const TONES: Record<Status, BadgeTone> = { awaiting: "warn", paid: "good", canceled: "neutral" }

/** Whether an order's money has come in, as a coloured label. */
export default function PaymentStatus({ status, testId }: { status: Status; testId?: string }) {
  const t = useTranslations("SellerOrders")
  return <StatusBadge label={t(`payment.status.${status}`)} tone={TONES[status]} status={status} testId={testId} />
}

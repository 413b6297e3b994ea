import { useTranslations } from "next-intl"
import type { SellerBoothStatus, SellerFairPhase } from "@/lib/data/seller/fair-views"
import StatusBadge, { type BadgeTone } from "../status-badge"

const TONES: Record<SellerBoothStatus | "none", BadgeTone> = {
  none: "neutral",
  invited: "neutral",
  applied: "warn",
  approved: "good",
  rejected: "bad",
}

/** Where the cooperative's booth at a fair stands, "not applied" when it has none. */
export default function BoothStatus({ status, testId }: { status: SellerBoothStatus | null; testId: string }) {
  const t = useTranslations("SellerFairs")
  const key = status ?? "none"
  return <StatusBadge label={t(`booth.${key}`)} tone={TONES[key]} status={key} testId={testId} />
}

const PHASE_TONES: Record<SellerFairPhase, BadgeTone> = { open: "good", upcoming: "neutral", live: "warn" }

/** Where a fair stands: taking applications, coming up or live. */
export function FairPhaseBadge({ phase, testId }: { phase: SellerFairPhase; testId: string }) {
  const t = useTranslations("SellerFairs")
  return <StatusBadge label={t(`phase.${phase}`)} tone={PHASE_TONES[phase]} status={phase} testId={testId} />
}

"use client"

import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import styles from "./styles.module.css"

type Props = {
  startsAt: string
  /** The server's clock when the page was drawn, so the first paint matches the server's and nothing jumps. */
  renderedAt: number
}

const SECOND = 1000
const DAY = 24 * 60 * 60 * SECOND

const pad = (n: number) => String(n).padStart(2, "0")

/** Days and hh:mm:ss until an instant, or null once it has come. */
function timeLeft(until: number, now: number): { days: number; time: string } | null {
  const left = until - now
  if (left <= 0) return null
  const seconds = Math.floor((left % DAY) / SECOND)
  return { days: Math.floor(left / DAY), time: `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}` }
}

/** A ticking countdown to an upcoming fair's opening; fixed-width digits keep the line from moving. */
export default function FairCountdown({ startsAt, renderedAt }: Props) {
  const t = useTranslations("Fair")
  const start = Date.parse(startsAt)
  const [now, setNow] = useState(renderedAt)

  useEffect(() => {
    const tick = () => setNow(Date.now())
    tick()
    const timer = setInterval(tick, SECOND)
    return () => clearInterval(timer)
  }, [])

  const left = timeLeft(start, now)
  return (
    // A timer is not read out on every tick; its label says what it counts.
    <p role="timer" aria-label={t("countdownLabel")} className={styles.countdown} data-testid="fair-countdown">
      {left ? t("countdown", { days: left.days, time: left.time }) : t("startingNow")}
    </p>
  )
}

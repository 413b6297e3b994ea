"use client"

import { useEffect } from "react"
import { recordFairVisitAction } from "@/lib/data/fair-visit-actions"

type Props = { slug: string; booth: string | null }

/** Counts this page view in the fair's report once it has shown in a browser; renders nothing. */
export default function FairVisit({ slug, booth }: Props) {
  useEffect(() => {
    void recordFairVisitAction({ slug, booth })
  }, [slug, booth])
  return null
}

import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/cooperatives"

type Props = { running: boolean; onStart: () => Promise<void> }

/** Starts a full reindex; unavailable while one runs, since the backend allows only one at a time. */
export const ReindexButton = ({ running, onStart }: Props) => {
  const { t } = useTranslation()
  const [starting, setStarting] = useState(false)

  const start = async () => {
    setStarting(true)
    try {
      await onStart()
      toast.success(t("htx.search.reindex.started"))
    } catch (e) {
      // 409: someone else started one a moment ago; the page now follows that run.
      const conflict = (e as { status?: number }).status === 409
      toast.error(conflict ? t("htx.search.reindex.alreadyRunning") : errorMessage(e, t("htx.search.reindex.startFailed")))
    } finally {
      setStarting(false)
    }
  }

  return (
    <Button size="small" data-testid="search-reindex-start" disabled={running || starting} isLoading={starting} onClick={() => void start()}>
      {t("htx.search.reindex.start")}
    </Button>
  )
}

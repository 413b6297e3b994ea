"use client"

import { useLocale, useTranslations } from "next-intl"
import { useSearchParams } from "next/navigation"
import { type FocusEvent, type FormEvent, type KeyboardEvent, useEffect, useId, useMemo, useState } from "react"
import { getPathname, usePathname, useRouter } from "@/i18n/navigation"
import { MAX_SEARCH_LENGTH, type SearchSuggestionsView } from "@/lib/data/search-views"
import SuggestionList, { flatSuggestions, optionId } from "./suggestion-list"
import styles from "./styles.module.css"
import { useSuggestions } from "./use-suggestions"

const NO_SUGGESTIONS: SearchSuggestionsView = { product: [], cooperative: [], category: [] }

/**
 * The header's search box: a plain GET form to the results page (so it works without JavaScript) that, with
 * JavaScript, offers instant suggestions as an ARIA combobox — arrows to move, Enter to open, Escape to close.
 */
export default function SearchBox() {
  const t = useTranslations("Search")
  const locale = useLocale()
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const urlText = pathname === "/search" ? (searchParams.get("q") ?? "") : ""
  const [text, setText] = useState(urlText)
  // Suggestions follow typing only: the results page's own text, shown in the box, asks for none.
  const [typed, setTyped] = useState(false)
  const [wantsOpen, setWantsOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const idBase = useId()
  const state = useSuggestions(typed ? text : "", locale)
  const options = useMemo(() => flatSuggestions(state?.suggestions), [state])
  const expanded = wantsOpen && options.length > 0
  const activeId = expanded && active >= 0 ? optionId(idBase, active) : undefined

  // A new page (a picked suggestion, a search) closes the list and shows that page's own search text.
  useEffect(() => {
    setText(urlText)
    setTyped(false)
    setWantsOpen(false)
    setActive(-1)
  }, [pathname, urlText])

  // New suggestions: nothing is active until the shopper moves to one.
  useEffect(() => setActive(-1), [state])

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" })
  }, [activeId])

  function close() {
    setWantsOpen(false)
    setActive(-1)
  }

  function move(step: 1 | -1) {
    setWantsOpen(true)
    setActive((current) => {
      if (!expanded || current < 0) return step === 1 ? 0 : options.length - 1
      return (current + step + options.length) % options.length
    })
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Keys that finish a word in a Vietnamese input method (Telex, VNI) belong to it, not to the list.
    if (event.nativeEvent.isComposing) return
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && options.length > 0) {
      event.preventDefault()
      move(event.key === "ArrowDown" ? 1 : -1)
    } else if (event.key === "Enter" && activeId) {
      // The option is a link: clicking it navigates like a pointer would, within the app.
      event.preventDefault()
      document.getElementById(activeId)?.click()
    } else if (event.key === "Escape" && (expanded || text !== "")) {
      event.preventDefault()
      if (expanded) close()
      else setText("")
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    close()
    const q = text.normalize("NFC").trim()
    router.push(q ? { pathname: "/search", query: { q } } : "/search")
  }

  function onBlur(event: FocusEvent<HTMLFormElement>) {
    if (!event.currentTarget.contains(event.relatedTarget)) close()
  }

  return (
    <form
      method="get"
      action={getPathname({ href: "/search", locale })}
      role="search"
      className={styles.form}
      onSubmit={onSubmit}
      onBlur={onBlur}
      data-testid="search-form"
    >
      <label htmlFor={`${idBase}-input`} className="visually-hidden">
        {t("boxLabel")}
      </label>
      <div className={styles.field}>
        <input
          id={`${idBase}-input`}
          type="search"
          name="q"
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setTyped(true)
            setWantsOpen(true)
          }}
          onFocus={() => setWantsOpen(true)}
          onKeyDown={onKeyDown}
          placeholder={t("boxPlaceholder")}
          maxLength={MAX_SEARCH_LENGTH}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${idBase}-listbox`}
          aria-activedescendant={activeId}
          className={styles.input}
          data-testid="search-input"
        />
        <button type="submit" className={styles.submit} aria-label={t("submit")} data-testid="search-submit">
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M10.5 18a7.5 7.5 0 1 0 0-15 7.5 7.5 0 0 0 0 15Zm5.3-2.2L21 21" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
        <SuggestionList
          idBase={idBase}
          suggestions={state?.suggestions ?? NO_SUGGESTIONS}
          expanded={expanded}
          active={active}
          onHover={setActive}
          onPick={close}
        />
      </div>
      <p role="status" className="visually-hidden">
        {state && wantsOpen ? t("suggestionStatus", { count: options.length }) : ""}
      </p>
    </form>
  )
}

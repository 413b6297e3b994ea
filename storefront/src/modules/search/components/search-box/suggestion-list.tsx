"use client"

import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { SEARCH_KINDS, type SearchSuggestionView, type SearchSuggestionsView } from "@/lib/data/search-views"
import styles from "./styles.module.css"

type Props = {
  /** Base of the element ids: the listbox, its group labels and its options. */
  idBase: string
  suggestions: SearchSuggestionsView
  expanded: boolean
  active: number
  onHover: (index: number) => void
  onPick: () => void
}

/** The id of the option at a position of the flat list, as the input's aria-activedescendant names it. */
export function optionId(idBase: string, index: number): string {
  return `${idBase}-option-${index}`
}

/** Every suggestion in the order the arrow keys walk them: products, then cooperatives, then categories. */
export function flatSuggestions(suggestions: SearchSuggestionsView | undefined): SearchSuggestionView[] {
  return suggestions ? SEARCH_KINDS.flatMap((kind) => suggestions[kind]) : []
}

/**
 * The suggestions as a grouped listbox. Each option is a real link (it can be opened in a new tab); focus stays
 * in the search box, which points at the active option.
 */
export default function SuggestionList({ idBase, suggestions, expanded, active, onHover, onPick }: Props) {
  const t = useTranslations("Search")
  let offset = 0
  const groups = SEARCH_KINDS.map((kind) => {
    const group = { kind, items: suggestions[kind], offset }
    offset += group.items.length
    return group
  })

  return (
    <div className={styles.popup} hidden={!expanded}>
      {/* Pressing an option must not blur the box first, or the list would close before the click lands. */}
      <div
        role="listbox"
        id={`${idBase}-listbox`}
        aria-label={t("suggestionsLabel")}
        className={styles.listbox}
        data-testid="search-suggestions"
        onMouseDown={(event) => event.preventDefault()}
      >
        {groups.map(({ kind, items, offset: first }) =>
          items.length === 0 ? null : (
            <ul key={kind} role="group" aria-labelledby={`${idBase}-${kind}`} className={styles.group} data-testid={`search-suggestion-group-${kind}`}>
              <li role="presentation" id={`${idBase}-${kind}`} className={styles.groupLabel}>
                {t(`groups.${kind}`)}
              </li>
              {items.map((item, i) => {
                const index = first + i
                return (
                  <li key={item.id} role="none">
                    <Link
                      href={item.href}
                      id={optionId(idBase, index)}
                      role="option"
                      aria-selected={index === active}
                      tabIndex={-1}
                      prefetch={false}
                      className={styles.option}
                      data-testid={`search-suggestion-${kind}`}
                      onClick={onPick}
                      onMouseMove={() => onHover(index)}
                    >
                      {kind !== "category" && (
                        <span className={styles.thumb} aria-hidden="true">
                          {/* Plain <img>: images come from the backend's host, which differs per deployment. */}
                          {item.thumbnail && <img src={item.thumbnail} alt="" loading="lazy" decoding="async" />}
                        </span>
                      )}
                      <span className={styles.text}>
                        <span className={styles.title}>{item.title}</span>
                        {item.detail && <span className={styles.detail}>{item.detail}</span>}
                      </span>
                    </Link>
                  </li>
                )
              })}
            </ul>
          )
        )}
      </div>
    </div>
  )
}

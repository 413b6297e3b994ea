import { expect, test } from "@playwright/test"
import { demoCategories } from "../../../backend/src/scripts/demo-data/categories"
import { ProductPage } from "../../fixtures/product-page"
import { SearchPage } from "../../fixtures/search-page"

// Demo categories the spec searches in; it only reads, so the seeded catalogue stays as it is.
const honey = demoCategories.find((c) => c.handle === "mat-ong")!
const tea = demoCategories.find((c) => c.handle === "che")!
const HONEY_TITLE = /mật ong|honey/i
const TEA_TITLE = /chè|trà|tea/i

test.describe("a shopper searches the catalogue", () => {
  test("types in the header, picks a category suggestion, filters by 4★ and opens a certified product", async ({ page }) => {
    const search = new SearchPage(page)
    await page.goto("/")
    await search.type("mat ong")

    // Suggestions come as groups; without accents typed, honey products are still found.
    await expect(search.input).toHaveAttribute("aria-expanded", "true")
    await expect(search.suggestionGroup("product")).toBeVisible()
    await expect(search.suggestion("product").first()).toContainText(HONEY_TITLE)
    await expect(search.suggestionGroup("category")).toBeVisible()

    await search.suggestion("category", honey.name_vi).click()
    await expect(page).toHaveURL(/\/search\?/)
    await expect(page).toHaveURL(new RegExp(`[?&]category=${honey.handle}(&|$)`))
    await expect(search.chip(honey.name_vi)).toBeVisible()
    await expect(search.option("category", honey.handle)).toBeChecked()
    await expect(search.results.first()).toContainText(HONEY_TITLE)
    const inCategory = await search.total()
    expect(inCategory).toBeGreaterThan(0)
    expect(await search.overflowsSideways()).toBe(false)

    await search.filterBy("ocop_stars", "4")
    await expect(search.chip("4★")).toBeVisible()
    await expect(search.chip(honey.name_vi)).toBeVisible()
    await expect(search.option("ocop_stars", "4")).toBeChecked()
    await expect(search.results.first()).toBeVisible()
    expect(await search.total()).toBeLessThanOrEqual(inCategory)
    // Every card shown carries the 4★ mark it was filtered by.
    await expect(search.resultBadges()).toHaveCount(await search.results.count())
    for (const badge of await search.resultBadges().all()) await expect(badge).toHaveAttribute("data-stars", "4")

    const first = search.results.first()
    await expect(first).toContainText(HONEY_TITLE)
    await first.getByTestId("product-card").click()
    const product = new ProductPage(page)
    await expect(product.title).toContainText(HONEY_TITLE)
    await expect(product.ocopBadge).toBeVisible()
    await expect(product.ocopBadge).toHaveAttribute("data-stars", "4")
  })

  test("moves through suggestions with the keyboard, closes them and searches the typed text", async ({ page }) => {
    const search = new SearchPage(page)
    await page.goto("/en")
    await search.type("mat ong")
    await expect(search.suggestions).toBeVisible()

    await search.input.press("ArrowDown")
    const firstOption = search.suggestion("product").first()
    await expect(firstOption).toHaveAttribute("aria-selected", "true")
    await expect(search.input).toHaveAttribute("aria-activedescendant", (await firstOption.getAttribute("id")) ?? "")

    await search.input.press("Escape")
    await expect(search.input).toHaveAttribute("aria-expanded", "false")
    await expect(search.suggestions).toBeHidden()

    await search.input.press("Enter")
    await expect(page).toHaveURL(/\/en\/search\?q=mat(\+|%20)ong$/)
    await expect(search.results.first()).toContainText(HONEY_TITLE)
    await expect(search.input).toHaveValue("mat ong")
  })

  test("removes a filter with its chip and explains a search that is too long", async ({ page }) => {
    const search = new SearchPage(page)
    await search.goto(`/search?q=che&category=${tea.handle}&in_stock=true`)
    await expect(search.chips).toHaveCount(2)
    await search.chip(tea.name_vi).click()
    await expect(page).not.toHaveURL(/category=/)
    await expect(search.chips).toHaveCount(1)
    await expect(search.option("category", tea.handle)).not.toBeChecked()

    await search.goto(`/search?q=${"che ".repeat(60)}`)
    await expect(search.invalid).toBeVisible()
    await expect(search.results).toHaveCount(0)
  })
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("the header box and the filter form still work as plain forms", async ({ page }) => {
    const search = new SearchPage(page)
    await page.goto("/")
    await search.input.fill("che")
    await search.input.press("Enter")
    await expect(page).toHaveURL(/\/search\?q=che$/)
    await expect(search.results.filter({ hasText: TEA_TITLE }).first()).toBeVisible()
    const everything = await search.total()

    await search.filterBy("category", tea.handle)
    await expect(search.chip(tea.name_vi)).toBeVisible()
    await expect(search.option("category", tea.handle)).toBeChecked()
    await expect(search.results.first()).toContainText(TEA_TITLE)
    expect(await search.total()).toBeLessThanOrEqual(everything)

    await search.sort.selectOption("price_asc")
    await search.sortApply.click()
    await expect(page).toHaveURL(/sort=price_asc/)
    await expect(page).toHaveURL(new RegExp(`category=${tea.handle}`))
    await expect(search.sort).toHaveValue("price_asc")
  })
})

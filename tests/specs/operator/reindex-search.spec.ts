import { expect, test } from "@playwright/test"
import { AdminPage } from "../../fixtures/admin-page"
import { AdminSearchPage } from "../../fixtures/admin-search-page"
import { operatorLogin } from "../../fixtures/demo-logins"

test.describe("an operator rebuilds the search index from the admin", () => {
  test("starts a full reindex and follows it to the end", async ({ page }) => {
    const admin = new AdminPage(page)
    expect(await admin.signIn(operatorLogin.email, operatorLogin.password)).toBe(200)
    const search = new AdminSearchPage(page)
    await search.open()
    await expect(search.engine).toHaveAttribute("data-provider", /^(postgres|meilisearch)$/)
    // The demo seed ends with a full reindex, so the page already shows a finished one.
    await expect(search.status).toHaveAttribute("data-status", "done")

    await search.start.click()
    await expect(search.status).toHaveAttribute("data-status", /running|done/)
    await expect(search.status).toHaveAttribute("data-status", "done", { timeout: 60_000 })
    await expect(search.progress).toHaveAttribute("data-percent", "100")
    await expect(search.start).toBeEnabled()
    // Every demo product and cooperative was read again (146 products and 26 cooperatives in the seed).
    const total = Number(await search.counts.getAttribute("data-total"))
    expect(total).toBeGreaterThanOrEqual(150)
    await expect(search.counts).toHaveAttribute("data-indexed", String(total))
    await expect(search.counts).toContainText(total.toLocaleString("vi-VN"))
  })
})

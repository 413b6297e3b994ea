import { expect, test } from "@playwright/test"
import { AdminPage } from "../../fixtures/admin-page"
import { operatorLogin } from "../../fixtures/demo-logins"

test.describe("an operator opens the marketplace overview in the Medusa admin", () => {
  test("sees the cooperatives and products of the demo marketplace", async ({ page }) => {
    const admin = new AdminPage(page)
    expect(await admin.signIn(operatorLogin.email, operatorLogin.password)).toBe(200)
    await admin.open("/operator")
    await expect(admin.overview).toBeVisible()
    await expect(admin.figure("approved")).toContainText(/\d/)
    const approved = Number((await admin.figure("approved").locator("h2").textContent())?.replace(/\D/g, ""))
    expect(approved).toBeGreaterThanOrEqual(20)
    const products = Number((await admin.figure("products").locator("h2").textContent())?.replace(/\D/g, ""))
    expect(products).toBeGreaterThanOrEqual(120)
  })

  test("a wrong password gets no session", async ({ page }) => {
    const admin = new AdminPage(page)
    expect(await admin.signIn(operatorLogin.email, "not-the-password")).toBe(401)
  })
})

import { expect, test } from "@playwright/test"
import { camSanhHamYen } from "../../../backend/src/scripts/demo-data/cooperatives/cam-sanh-ham-yen"
import { HomePage } from "../../fixtures/home-page"
import { CooperativeProfilePage, DirectoryPage, SellerIdentityBlock } from "../../fixtures/directory-page"
import { ProductPage } from "../../fixtures/product-page"

// A demo cooperative with products; the spec only reads, so the seeded data stays as it is.
const coop = camSanhHamYen

test.describe("a shopper looks up who sells", () => {
  test("finds a cooperative by commune, checks its identity, opens a product and sees the seller", async ({ page }) => {
    const home = new HomePage(page)
    await home.goto("/")
    const directory = new DirectoryPage(page)
    await directory.headerLink.click()
    await expect(page).toHaveURL(/\/cooperatives$/)
    await expect(directory.cards.first()).toBeVisible()
    const everyone = await directory.total()
    expect(everyone).toBeGreaterThan(1)
    expect(await directory.overflowsSideways()).toBe(false)

    await directory.filterByCommune(coop.commune)
    await expect(directory.cards).toHaveCount(1)
    await expect(directory.communeFilter).toHaveValue(coop.commune)
    expect(await directory.total()).toBeLessThan(everyone)
    await expect(directory.card(coop.name).getByTestId("cooperative-card-location")).toContainText(coop.commune)

    await directory.open(coop.name)
    const profile = new CooperativeProfilePage(page)
    await expect(profile.name).toHaveText(coop.name)
    await expect(profile.address).toContainText(coop.street)
    await expect(profile.address).toContainText(coop.commune)
    await expect(profile.address).toContainText(coop.province)
    await expect(profile.phone).toHaveText(coop.phone)
    await expect(profile.registrationNumber).toHaveText(coop.registration_number)
    await expect(profile.legalRepresentative).toHaveText(coop.legal_representative)
    await expect(profile.founded).toHaveText(coop.founded_on.slice(0, 4))
    await expect(profile.products.first()).toBeVisible()

    await profile.products.first().click()
    const product = new ProductPage(page)
    await expect(product.title).toBeVisible()
    await expect(product.cooperativeLink).toHaveText(coop.name)
    const seller = new SellerIdentityBlock(page)
    await expect(seller.name).toHaveText(coop.name)
    await expect(seller.address).toContainText(coop.commune)
    await expect(seller.phone).toHaveText(coop.phone)
    await expect(seller.registrationNumber).toHaveText(coop.registration_number)
  })

  test("searches without diacritics, sees an empty state, and pages keep the filter", async ({ page }) => {
    const directory = new DirectoryPage(page)
    await directory.goto("/en/cooperatives")
    await directory.searchFor("ham yen")
    await expect(directory.card(coop.name)).toBeVisible()

    await directory.searchFor("khong co hop tac xa nao")
    await expect(directory.empty).toBeVisible()
    await expect(directory.cards).toHaveCount(0)
    await directory.clear.click()
    await expect(directory.cards.first()).toBeVisible()
    await expect(directory.search).toHaveValue("")

    await directory.kindFilter.selectOption("cooperative")
    await directory.apply.click()
    await expect(page).toHaveURL(/kind=cooperative/)
    await directory.nextPage.click()
    await expect(page).toHaveURL(/kind=cooperative/)
    await expect(page).toHaveURL(/page=2/)
    await expect(directory.kindFilter).toHaveValue("cooperative")
    await expect(directory.cards.first()).toBeVisible()
  })
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("the filters still work as a plain form", async ({ page }) => {
    const directory = new DirectoryPage(page)
    await directory.goto()
    await directory.filterByCommune(coop.commune)
    await expect(directory.cards).toHaveCount(1)
    await expect(directory.card(coop.name)).toBeVisible()
  })
})

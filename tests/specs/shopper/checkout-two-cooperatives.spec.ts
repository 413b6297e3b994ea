import { expect, type Page, test } from "@playwright/test"
import { buoiXuanVan } from "../../../backend/src/scripts/demo-data/cooperatives/buoi-xuan-van"
import { matOngBacHaMeoVac } from "../../../backend/src/scripts/demo-data/cooperatives/mat-ong-bac-ha-meo-vac"
import { CartPage } from "../../fixtures/cart-page"
import { CheckoutPage } from "../../fixtures/checkout-page"
import { HomePage } from "../../fixtures/home-page"
import { ProductPage } from "../../fixtures/product-page"
import { PurchasePage } from "../../fixtures/purchase-page"

// Two demo cooperatives that ship separately; each run uses a fresh browser, so a fresh cart.
const cooperatives = [buoiXuanVan, matOngBacHaMeoVac]

// Prices shown to a Vietnamese shopper: dots for thousands and the đồng sign, no decimals.
const VND = /^\d{1,3}(\.\d{3})*\s?₫$/
const dong = (text: string | null) => Number((text ?? "").replace(/\D/g, ""))

const address = {
  email: "nguoi.mua@thunghiem.vn",
  fullName: "Nguyễn Thị Lan",
  phone: "0207 3830 468",
  province: "Tuyên Quang",
  commune: "Phường Minh Xuân",
  street: "Số 12, đường Tân Trào",
}

async function addFirstProductOf(page: Page, handle: string) {
  await page.goto(`/products/${handle}`)
  const product = new ProductPage(page)
  await expect(product.title).toBeVisible()
  await expect(product.addToCart).toBeEnabled()
  await product.addToCart.click()
  await expect(product.addStatus).toBeVisible()
}

test.describe("a shopper checks out products of two cooperatives", () => {
  test("pays cash on delivery and gets one purchase with an order from each cooperative", async ({ page }) => {
    const home = new HomePage(page)
    for (const coop of cooperatives) await addFirstProductOf(page, coop.products[0]!.handle)
    await expect(home.cartCount).toHaveText("2")

    await home.cartLink.click()
    await expect(new CartPage(page).lines).toHaveCount(2)
    const checkout = new CheckoutPage(page)
    await checkout.openFromCart()

    // The commune list follows the province: Tuyên Quang's communes, then Hà Nội's wards in their place.
    await checkout.province.selectOption("Tuyên Quang")
    await expect(checkout.communeList).toHaveAttribute("data-province", "Tuyên Quang")
    for (const name of ["Phường Minh Xuân", "Xã Hàm Yên", "Xã Lũng Phìn"]) await expect(checkout.communeOption(name)).toHaveCount(1)
    await checkout.province.selectOption("Hà Nội")
    await expect(checkout.communeList).toHaveAttribute("data-province", "Hà Nội")
    await expect(checkout.communeOption("Phường Hoàn Kiếm")).toHaveCount(1)
    await expect(checkout.communeOption("Phường Minh Xuân")).toHaveCount(0)

    // A landline and a commune of another province are refused, each with its reason, and nothing is saved.
    await checkout.typeAddress({ ...address, province: "Hà Nội" })
    await checkout.addressSubmit.click()
    await expect(checkout.fieldError("phone")).toBeVisible()
    await expect(checkout.fieldError("commune")).toHaveText("Xã/phường/đặc khu này không thuộc tỉnh/thành phố đã chọn. Hãy chọn một tên trong danh sách của tỉnh/thành phố.")
    await expect(checkout.step("address")).toHaveAttribute("data-state", "open")
    // The mobile number typed with +84 is kept, and the commune typed in lower case is saved in its official spelling.
    await checkout.fillAddress({ ...address, phone: "+84 912 345 678", commune: "phường minh xuân" })
    await expect(checkout.addressSummary).toContainText("0912345678")
    await expect(checkout.addressSummary).toContainText("Phường Minh Xuân")

    await expect(checkout.groups).toHaveCount(2)
    for (const coop of cooperatives) await expect(checkout.group(coop.name)).toBeVisible()
    await checkout.chooseFirstShippingOptions()
    await checkout.payCashOnDelivery()

    await expect(checkout.reviewGroups).toHaveCount(2)
    await expect(checkout.grandTotal).toHaveText(VND)
    const reviewTotals = await Promise.all(cooperatives.map(async (coop) => dong(await checkout.reviewGroup(coop.name).total.textContent())))
    expect(dong(await checkout.grandTotal.textContent())).toBe(reviewTotals[0]! + reviewTotals[1]!)

    await checkout.placeOrder()
    const purchase = new PurchasePage(page)
    await expect(purchase.heading).toBeVisible()
    await expect(purchase.number).not.toBeEmpty()
    await expect(purchase.orders).toHaveCount(2)
    const orderTotals: number[] = []
    for (const coop of cooperatives) {
      const order = purchase.order(coop.name)
      await expect(order.card).toHaveAttribute("data-state", "new")
      await expect(order.items).toHaveCount(1)
      await expect(order.notShipped).toHaveText("Chưa giao")
      await expect(order.shipments).toHaveCount(0)
      await expect(order.total).toHaveText(VND)
      orderTotals.push(dong(await order.total.textContent()))
    }
    expect(dong(await purchase.grandTotal.textContent())).toBe(orderTotals[0]! + orderTotals[1]!)
    expect([...orderTotals].sort((a, b) => a - b)).toEqual([...reviewTotals].sort((a, b) => a - b))

    // The cart is gone once the purchase exists.
    await expect(home.cartCount).toHaveText("0")
  })
})

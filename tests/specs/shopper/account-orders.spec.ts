import { type Browser, expect, type Page, test } from "@playwright/test"
import { camSanhHamYen } from "../../../backend/src/scripts/demo-data/cooperatives/cam-sanh-ham-yen"
import { cheShanTuyetLungPhin } from "../../../backend/src/scripts/demo-data/cooperatives/che-shan-tuyet-lung-phin"
import { AccountPage, type Shopper } from "../../fixtures/account-page"
import { CartPage } from "../../fixtures/cart-page"
import { CheckoutPage } from "../../fixtures/checkout-page"
import { demoLogins } from "../../fixtures/demo-logins"
import { HomePage } from "../../fixtures/home-page"
import { ProductPage } from "../../fixtures/product-page"
import { PurchasePage } from "../../fixtures/purchase-page"
import { SellerAuthPage } from "../../fixtures/seller-auth-page"
import { SellerOrdersPage } from "../../fixtures/seller-orders-page"

// Two demo cooperatives with a seller login; every run registers a new shopper, so nothing is shared between runs.
const [payee, other] = [cheShanTuyetLungPhin, camSanhHamYen]
const payeeLogin = demoLogins.find((l) => l.cooperative_handle === payee.handle)!
const TRACKING = `VTP${Date.now().toString().slice(-9)}`

async function addFirstProductOf(page: Page, handle: string) {
  await page.goto(`/products/${handle}`)
  const product = new ProductPage(page)
  await expect(product.addToCart).toBeEnabled()
  await product.addToCart.click()
  await expect(product.addStatus).toBeVisible()
}

/** A fresh browser context: another device, with no cookies. */
async function newDevice(browser: Browser): Promise<Page> {
  return (await browser.newContext({ ...test.info().project.use })).newPage()
}

test.describe("a shopper with an account", () => {
  test("checks out signed in, pays by VietQR, follows each cooperative's order, finds it on another device and buys again", async ({ page, browser }) => {
    test.setTimeout(240_000)
    const shopper: Shopper = { fullName: "Nguyễn Thị Lan", email: `lan.${Date.now()}@example.vn`, password: "Mua-hang-2025", phone: "0912 345 678" }
    const account = new AccountPage(page)
    const purchase = new PurchasePage(page)
    let purchaseId = ""

    await test.step("registers and saves a default address in the address book", async () => {
      await account.register(shopper)
      await account.addAddress({ province: "Tuyên Quang", commune: "Phường Minh Xuân", street: "Số 12, đường Tân Trào" }, true)
      await expect(account.addresses.first()).toHaveAttribute("data-default", "true")
      await expect(account.addresses.first().getByTestId("address-label")).toContainText("Nguyễn Thị Lan, Số 12, đường Tân Trào, Phường Minh Xuân, Tuyên Quang")
    })

    await test.step("checks out products of two cooperatives with the saved address, paying by VietQR", async () => {
      for (const coop of [payee, other]) await addFirstProductOf(page, coop.products[0]!.handle)
      await new HomePage(page).cartLink.click()
      const checkout = new CheckoutPage(page)
      await checkout.openFromCart()
      // Signed in: the e-mail and the default address are already there, and the address book is offered.
      await expect(checkout.email).toHaveValue(shopper.email)
      await expect(page.getByTestId("checkout-saved-address")).toBeVisible()
      await page.getByTestId("checkout-saved-address").selectOption({ index: 1 })
      await expect(checkout.street).toHaveValue("Số 12, đường Tân Trào")
      await expect(checkout.province).toHaveValue("Tuyên Quang")
      await expect(checkout.phone).toHaveValue("0912345678")
      await checkout.addressSubmit.click()
      await expect(checkout.step("shipping")).toHaveAttribute("data-state", "open")
      await checkout.chooseFirstShippingOptions()
      await checkout.payByVietQr()
      await checkout.placeOrder()
      await expect(purchase.orders).toHaveCount(2)
      purchaseId = page.url().split("/").at(-1)!
    })

    await test.step("the first cooperative records the transfer, confirms and ships with a tracking code", async () => {
      const orderId = await purchase.order(payee.name).card.getAttribute("data-id")
      const seller = await newDevice(browser)
      await new SellerAuthPage(seller).login(payeeLogin.email, payeeLogin.password)
      const orders = new SellerOrdersPage(seller)
      await orders.gotoOrder(orderId!)
      await orders.recordPayment()
      await orders.confirm()
      await orders.ship("Viettel Post", TRACKING)
      await seller.context().close()
    })

    await test.step("the order history shows each cooperative's order with its state and tracking code", async () => {
      await account.gotoOrders()
      const entry = account.order(purchaseId)
      await expect(entry.card).toBeVisible()
      await expect(entry.cooperative(payee.handle).entry).toHaveAttribute("data-state", "shipped")
      await expect(entry.cooperative(payee.handle).tracking).toHaveText(TRACKING)
      await expect(entry.cooperative(other.handle).entry).toHaveAttribute("data-state", "new")
      await entry.link.click()
      await expect(page).toHaveURL(new RegExp(`/purchases/${purchaseId}$`))
      await expect(purchase.orders).toHaveCount(2)
    })

    await test.step("signed out, the purchase page asks to sign in; on a new device the order is still there", async () => {
      await account.signOut()
      await page.goto(`/purchases/${purchaseId}`)
      await expect(page).toHaveURL(/\/account\/login\?next=/)
      const device = await newDevice(browser)
      const elsewhere = new AccountPage(device)
      await elsewhere.signIn(shopper.email, shopper.password)
      await elsewhere.gotoOrders()
      await expect(elsewhere.order(purchaseId).cooperative(payee.handle).state).toHaveAttribute("data-state", "shipped")
      await device.context().close()
    })
  })

  test("keeps the cart across devices and buys a past purchase again", async ({ page, browser }) => {
    test.setTimeout(180_000)
    const shopper: Shopper = { fullName: "Trần Văn Bình", email: `binh.${Date.now()}@example.vn`, password: "Mua-hang-2025", phone: "" }
    const account = new AccountPage(page)
    let purchaseId = ""

    await test.step("registers and places a cash-on-delivery purchase from two cooperatives", async () => {
      await account.register(shopper)
      for (const coop of [payee, other]) await addFirstProductOf(page, coop.products[0]!.handle)
      await new HomePage(page).cartLink.click()
      const checkout = new CheckoutPage(page)
      await checkout.openFromCart()
      await expect(checkout.email).toHaveValue(shopper.email)
      await checkout.fillAddress({ email: shopper.email, fullName: shopper.fullName, phone: "0987 654 321", province: "Hà Nội", commune: "Phường Hoàn Kiếm", street: "Số 5, phố Huế" })
      await checkout.chooseFirstShippingOptions()
      await checkout.payCashOnDelivery()
      await checkout.placeOrder()
      purchaseId = page.url().split("/").at(-1)!
    })

    await test.step("adds a product signed in, then finds it in the cart on a new device after signing in", async () => {
      await addFirstProductOf(page, other.products[1]!.handle)
      await expect(new HomePage(page).cartCount).toHaveText("1")
      const device = await newDevice(browser)
      await new AccountPage(device).signIn(shopper.email, shopper.password)
      await expect(new HomePage(device).cartCount).toHaveText("1")
      await device.goto("/cart")
      await expect(new CartPage(device).lines).toHaveCount(1)
      await device.context().close()
    })

    await test.step("buys the past purchase again: its items join the cart", async () => {
      await account.gotoOrders()
      const entry = account.order(purchaseId)
      await entry.reorder.click()
      await expect(entry.reorderResult).toHaveAttribute("data-added", "2")
      await expect(entry.reorderResult).toHaveAttribute("data-skipped", "0")
      await page.goto("/cart")
      await expect(new CartPage(page).lines).toHaveCount(3)
    })
  })
})

import { type Browser, expect, type Page, test } from "@playwright/test"
import { readVietQrPayload } from "../../../backend/src/lib/vietqr/payload"
import { camSanhHamYen } from "../../../backend/src/scripts/demo-data/cooperatives/cam-sanh-ham-yen"
import { cheShanTuyetLungPhin } from "../../../backend/src/scripts/demo-data/cooperatives/che-shan-tuyet-lung-phin"
import { CheckoutPage } from "../../fixtures/checkout-page"
import { demoLogins } from "../../fixtures/demo-logins"
import { HomePage } from "../../fixtures/home-page"
import { ProductPage } from "../../fixtures/product-page"
import { PurchasePage } from "../../fixtures/purchase-page"
import { SellerAuthPage } from "../../fixtures/seller-auth-page"
import { SellerOrdersPage } from "../../fixtures/seller-orders-page"

// Two demo cooperatives with a seller login and a (made-up) bank account; each run uses a fresh browser, so a fresh cart.
const [payee, other] = [cheShanTuyetLungPhin, camSanhHamYen]
const payeeLogin = demoLogins.find((l) => l.cooperative_handle === payee.handle)!

const dong = (text: string | null) => Number((text ?? "").replace(/\D/g, ""))
const PURPOSE = /^HTXMARKET DH\d+$/

async function addFirstProductOf(page: Page, handle: string) {
  await page.goto(`/products/${handle}`)
  const product = new ProductPage(page)
  await expect(product.addToCart).toBeEnabled()
  await product.addToCart.click()
  await expect(product.addStatus).toBeVisible()
}

/** A fresh browser context for the cooperative's seller, on their own phone. */
async function sellerPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ ...test.info().project.use })).newPage()
}

test.describe("a shopper pays two cooperatives by VietQR", () => {
  test("gets one QR code per cooperative order, and the order reads paid once its cooperative records the money", async ({ page, browser }) => {
    test.setTimeout(120_000)
    const purchase = new PurchasePage(page)

    await test.step("checks out products of two cooperatives, choosing VietQR", async () => {
      for (const coop of [payee, other]) await addFirstProductOf(page, coop.products[0]!.handle)
      await new HomePage(page).cartLink.click()
      const checkout = new CheckoutPage(page)
      await checkout.openFromCart()
      await checkout.fillAddress({
        email: `nguoi.mua.${Date.now()}@example.vn`,
        fullName: "Nguyễn Thị Lan",
        phone: "0912 345 678",
        province: "Tuyên Quang",
        commune: "Phường Minh Xuân",
        street: "Số 12, đường Tân Trào",
      })
      await expect(checkout.groups).toHaveCount(2)
      await checkout.chooseFirstShippingOptions()
      // Cash on delivery stays the default; VietQR is the shopper's choice.
      await expect(checkout.cashOnDelivery).toBeChecked()
      await checkout.payByVietQr()
      await checkout.placeOrder()
      await expect(purchase.orders).toHaveCount(2)
    })

    await test.step("sees a QR code for each order whose text asks for exactly the amount written beside it", async () => {
      for (const coop of [payee, other]) {
        const order = purchase.order(coop.name)
        await expect(order.paymentStatus).toHaveAttribute("data-status", "awaiting")
        await expect(order.transfer.qr).toBeVisible()
        await expect(order.transfer.bank).not.toBeEmpty()
        await expect(order.transfer.account).toHaveText(/^\d{6,19}$/)
        await expect(order.transfer.purpose).toHaveText(PURPOSE)
        const amount = dong(await order.transfer.amount.textContent())
        expect(amount).toBe(dong(await order.total.textContent()))

        const transfer = readVietQrPayload((await order.transfer.qr.getAttribute("data-payload")) ?? "")
        expect(transfer, `${coop.name}: the QR code holds a valid VietQR transfer`).not.toBeNull()
        expect(transfer!.amount).toBe(amount)
        expect(transfer!.account_number).toBe(await order.transfer.account.textContent())
        expect(transfer!.purpose).toBe(await order.transfer.purpose.textContent())
      }
      // Two cooperatives, two accounts: each transfer goes to its own cooperative.
      const accounts = await Promise.all([payee, other].map((coop) => purchase.order(coop.name).transfer.account.textContent()))
      expect(accounts[0]).not.toBe(accounts[1])
    })

    await test.step("the first cooperative records the transfer in its portal", async () => {
      const orderId = await purchase.order(payee.name).card.getAttribute("data-id")
      expect(orderId).toBeTruthy()
      const seller = await sellerPage(browser)
      await new SellerAuthPage(seller).login(payeeLogin.email, payeeLogin.password)
      const orders = new SellerOrdersPage(seller)
      await orders.gotoOrder(orderId!)
      await expect(orders.paymentStatus).toHaveAttribute("data-status", "awaiting")
      await orders.recordPayment()
      await expect(orders.paidAt).toBeVisible()
      await seller.context().close()
    })

    await test.step("the shopper's page shows that order paid without its code, the other still awaiting with its own", async () => {
      await page.reload()
      const paid = purchase.order(payee.name)
      await expect(paid.paymentStatus).toHaveAttribute("data-status", "paid")
      await expect(paid.transfer.qr).toHaveCount(0)
      const awaiting = purchase.order(other.name)
      await expect(awaiting.paymentStatus).toHaveAttribute("data-status", "awaiting")
      await expect(awaiting.transfer.qr).toBeVisible()
    })
  })
})

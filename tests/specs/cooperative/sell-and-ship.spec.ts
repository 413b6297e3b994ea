import { readFileSync } from "node:fs"
import path from "node:path"
import { type Browser, expect, type Page, test } from "@playwright/test"
import { toHandle as handleOf } from "../../../backend/src/lib/handle"
import { camSanhHamYen } from "../../../backend/src/scripts/demo-data/cooperatives/cam-sanh-ham-yen"
import { AdminCooperativesPage } from "../../fixtures/admin-cooperatives-page"
import { AdminPage } from "../../fixtures/admin-page"
import { CheckoutPage } from "../../fixtures/checkout-page"
import { demoLogins, operatorLogin } from "../../fixtures/demo-logins"
import { HomePage } from "../../fixtures/home-page"
import { ProductPage } from "../../fixtures/product-page"
import { PurchasePage } from "../../fixtures/purchase-page"
import { SellerAuthPage, uniqueCooperative } from "../../fixtures/seller-auth-page"
import { SellerOrdersPage } from "../../fixtures/seller-orders-page"
import { SellerPortalPage } from "../../fixtures/seller-portal-page"
import { SellerProductsPage } from "../../fixtures/seller-products-page"

/** A real phone photo: JPEG with the camera's EXIF and a GPS position (Tuyên Quang), which must never be published. */
const PHOTO = { name: "che-shan-tuyet.jpg", mimeType: "image/jpeg", buffer: readFileSync(path.resolve(__dirname, "../../fixtures/files/ca-phe-gps.jpg")) }
const CAMERA = "HTX Test Camera"

const orangeLogin = demoLogins.find((l) => l.cooperative_handle === camSanhHamYen.handle)!

/** A fresh browser context per person, as each uses their own phone. */
async function personPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ ...test.info().project.use })).newPage()
}

test.describe("a new cooperative sells beside an established one", () => {
  test("registers, is approved, lists a photo without its GPS, sells in a two-cooperative purchase, and each cooperative ships its own order", async ({ browser }) => {
    test.setTimeout(240_000)
    const registration = uniqueCooperative("journey")
    const shortName = registration.cooperative.shortName!
    const productTitle = `Chè Shan tuyết ${shortName.split(" ").pop()}`

    const seller = await personPage(browser)
    const sellerPortal = new SellerPortalPage(seller)
    await test.step("a commune of another province is refused before anyone or anything is created", async () => {
      const auth = new SellerAuthPage(seller)
      await auth.submitRegistration({ ...registration, cooperative: { ...registration.cooperative, province: "Lào Cai" } })
      await expect(auth.registerError).toHaveAttribute("data-code", "commune_not_in_province")
      await expect(auth.registerError).toContainText("Xã/phường/đặc khu không thuộc tỉnh/thành phố đã chọn.")
      await expect(auth.communeList).toHaveAttribute("data-province", "Lào Cai")
      await expect(auth.accountCreated).toHaveCount(0)
    })

    await test.step("a person registers a cooperative; it waits for approval", async () => {
      await new SellerAuthPage(seller).registerCooperative(registration)
      await expect(sellerPortal.status).toHaveAttribute("data-status", "pending")
    })

    await test.step("an operator approves it in the Medusa admin", async () => {
      const operator = await personPage(browser)
      expect(await new AdminPage(operator).signIn(operatorLogin.email, operatorLogin.password)).toBe(200)
      const coops = new AdminCooperativesPage(operator)
      await coops.openList()
      await coops.expectShowing("pending")
      const row = await coops.findRow(handleOf(shortName))
      expect(row, "the new cooperative is in the pending queue").not.toBeNull()
      await coops.openRow(row!)
      await coops.approve.click()
      await expect(coops.status).toHaveAttribute("data-status", "approved")
      await operator.context().close()
    })

    await test.step("the cooperative lists a product with a phone photo; the stored image has no EXIF or GPS", async () => {
      await sellerPortal.gotoDashboard()
      await expect(sellerPortal.status).toHaveAttribute("data-status", "approved")
      const products = new SellerProductsPage(seller)
      await products.createProduct({
        title: productTitle,
        description: "Chè Shan tuyết cổ thụ hái tay, sao suốt bằng chảo gang.",
        image: PHOTO,
        variants: [{ title: "Gói 200 g", price: "120000", stock: "20" }],
      })
      const imageUrl = await products.images.first().getAttribute("data-url")
      expect(imageUrl).toBeTruthy()
      const stored = Buffer.from(await (await seller.request.get(imageUrl!)).body())
      expect(stored.length).toBeGreaterThan(1000)
      expect(stored.includes(Buffer.from("Exif"))).toBe(false)
      expect(stored.includes(Buffer.from("EXIF"))).toBe(false)
      expect(stored.includes(Buffer.from(CAMERA))).toBe(false)
    })

    const shopper = await personPage(browser)
    let purchaseId = ""
    await test.step("a shopper buys it together with another cooperative's oranges, cash on delivery", async () => {
      await shopper.goto(`/cooperatives/${handleOf(shortName)}`)
      await shopper.getByTestId("product-card").filter({ hasText: productTitle }).click()
      const product = new ProductPage(shopper)
      await expect(product.title).toHaveText(productTitle)
      await product.addToCart.click()
      await expect(product.addStatus).toBeVisible()
      await shopper.goto(`/products/${camSanhHamYen.products[0]!.handle}`)
      await product.addToCart.click()
      await expect(product.addStatus).toBeVisible()

      await new HomePage(shopper).cartLink.click()
      const checkout = new CheckoutPage(shopper)
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
      await checkout.payCashOnDelivery()
      await checkout.placeOrder()
      purchaseId = new URL(shopper.url()).pathname.split("/").pop()!
      await expect(new PurchasePage(shopper).orders).toHaveCount(2)
    })

    await test.step("each cooperative sees only its own order and ships it", async () => {
      const shipments = [
        { page: seller, carrier: "Viettel Post", tracking: `VTP${Date.now()}`, item: productTitle },
        { page: await personPage(browser), carrier: "Giao Hàng Nhanh", tracking: `GHN${Date.now()}`, item: camSanhHamYen.products[0]!.title_vi },
      ]
      await new SellerAuthPage(shipments[1]!.page).login(orangeLogin.email, orangeLogin.password)
      for (const { page, carrier, tracking, item } of shipments) {
        const orders = new SellerOrdersPage(page)
        await orders.gotoList("to_handle")
        const id = await orders.openOrder()
        await expect(orders.items).toHaveCount(1)
        await expect(orders.items.first()).toContainText(item)
        await orders.ship(carrier, tracking)
        await orders.gotoList("all")
        expect(await orders.rowIds()).toContain(id)
      }
      // The new cooperative's whole order history is this one order: nothing of the other cooperative.
      const newcomer = new SellerOrdersPage(seller)
      await newcomer.gotoList("all")
      await expect(newcomer.rows).toHaveCount(1)

      await shopper.reload()
      const purchase = new PurchasePage(shopper)
      await purchase.goto(purchaseId)
      for (const [name, { carrier, tracking }] of [[registration.cooperative.name, shipments[0]!], [camSanhHamYen.name, shipments[1]!]] as const) {
        const order = purchase.order(name)
        await expect(order.shipments).toHaveCount(1)
        await expect(order.shipment().carrier).toHaveText(carrier)
        await expect(order.shipment().trackingCode).toHaveText(tracking)
      }
    })
  })
})

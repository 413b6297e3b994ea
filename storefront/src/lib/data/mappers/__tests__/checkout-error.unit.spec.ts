import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { CheckoutError, toCheckoutError } from "../checkout-error"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
/** Shaped like the SDK's FetchError: a message from the API and the HTTP status. */
function apiError(status: number, message: string) {
  return Object.assign(new Error(message), { status })
}

void describe("toCheckoutError", () => {
  void it("sorts the store API's refusals so the shopper reads what to do, keeping the sentence that names the product", () => {
    const cases: [string, string][] = [
      ['"Cam sành Hàm Yên (5 kg)" is out of stock; remove it from the cart.', "out_of_stock"],
      ['Only 2 of "Mật ong bạc hà" are left in stock; lower the quantity.', "out_of_stock"],
      ['"Chè Shan tuyết" is sold by a cooperative that is not selling at the moment; remove it from the cart.', "cooperative_unavailable"],
      ["Hợp tác xã Cam sành Hàm Yên cannot ship orders yet; remove its products from the cart.", "cooperative_unavailable"],
      ["Choose a shipping option for the products of Hợp tác xã Cam sành Hàm Yên.", "shipping_missing"],
      ["HTX Cam sành Hàm Yên cannot take bank transfers yet (it has no bank account on file); choose cash on delivery.", "payment_unavailable"],
      ["VietQR transfers are made in đồng; this cart is priced in another currency.", "payment_unavailable"],
      ["This cart has already been checked out; start a new cart.", "cart_completed"],
    ]
    for (const [message, code] of cases) {
      assert.deepEqual(toCheckoutError(apiError(400, message), "place_failed"), { code, detail: message })
    }
  })

  void it("reads a re-priced cart (409) as a price change, keeping the sentence with both amounts", () => {
    const message = "Prices changed since the cart was shown: Mật ong bạc hà · 500 g 250,000 VND → 230,000 VND. The cart now has the new prices; review it and place the order again."
    assert.deepEqual(toCheckoutError(apiError(409, message), "place_failed"), { code: "price_changed", detail: message })
  })

  void it("keeps the step's own code for other refusals, and shows nothing of a server failure", () => {
    assert.deepEqual(toCheckoutError(apiError(400, "Something else."), "shipping_failed"), { code: "shipping_failed", detail: "Something else." })
    assert.deepEqual(toCheckoutError(apiError(500, "relation \"purchase\" does not exist"), "place_failed"), { code: "place_failed", detail: null })
    assert.deepEqual(toCheckoutError(new TypeError("fetch failed"), "address_failed"), { code: "address_failed", detail: null })
  })

  void it("reads 404 as a lost cart and passes its own codes through", () => {
    assert.deepEqual(toCheckoutError(apiError(404, "Cart id not found"), "place_failed"), { code: "cart_not_found", detail: null })
    assert.deepEqual(toCheckoutError(new CheckoutError("cart_empty"), "place_failed"), { code: "cart_empty", detail: null })
  })
})

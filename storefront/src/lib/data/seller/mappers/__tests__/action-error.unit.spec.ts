import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { SellerError, toSellerActionError } from "../action-error"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.

function fetchError(status: number, message: string) {
  return Object.assign(new Error(message), { status })
}

void describe("toSellerActionError", () => {
  void it("passes the backend's sentence through for 400, 403 and 404", () => {
    const message = "Registration number must be 10 digits (the tax code), or 10 digits, a dash and 3 digits."
    assert.deepEqual(toSellerActionError(fetchError(400, message)), { code: "rejected", message })
    assert.deepEqual(toSellerActionError(fetchError(403, "Only an owner can change bank details.")), {
      code: "not_allowed",
      message: "Only an owner can change bank details.",
    })
    assert.equal(toSellerActionError(fetchError(404, "Order not found")).code, "not_found")
  })

  void it("never shows a server error's text", () => {
    assert.deepEqual(toSellerActionError(fetchError(500, "relation \"order\" does not exist")), { code: "failed", message: null })
    assert.deepEqual(toSellerActionError(new TypeError("fetch failed"), "upload_type"), { code: "upload_type", message: null })
  })

  void it("keeps a code the data layer already chose", () => {
    assert.deepEqual(toSellerActionError(new SellerError("email_taken")), { code: "email_taken", message: null })
  })
})

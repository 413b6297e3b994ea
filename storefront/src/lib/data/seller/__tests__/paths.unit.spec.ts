import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { invitationTokenOf, isInvitationPath, sellerInvitationPath, sellerOrderPath, withNext } from "../paths"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.

void describe("seller paths", () => {
  void it("round-trips an invitation token through its page path", () => {
    const path = sellerInvitationPath("a b/c")
    assert.equal(path, "/seller/invitations/a%20b%2Fc")
    assert.equal(isInvitationPath(path), true)
    assert.equal(invitationTokenOf(path), "a b/c")
  })

  void it("tells invitation pages from other portal pages", () => {
    assert.equal(isInvitationPath(sellerOrderPath("order_1")), false)
    assert.equal(isInvitationPath("/seller/invitations/"), false)
    assert.equal(isInvitationPath(null), false)
  })

  void it("adds ?next= only when there is somewhere to come back to", () => {
    assert.equal(withNext("/seller/login", null), "/seller/login")
    assert.deepEqual(withNext("/seller/login", "/seller/orders"), { pathname: "/seller/login", query: { next: "/seller/orders" } })
  })
})

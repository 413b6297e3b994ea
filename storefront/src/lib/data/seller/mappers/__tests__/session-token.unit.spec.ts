import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { DEFAULT_SESSION_SECONDS, isSellerSession, readTokenClaims, safeSellerNext, sessionMaxAge } from "../session-token"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const NOW = 1_763_870_000

function jwt(payload: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url")
  return `${encode({ alg: "HS256", typ: "JWT" })}.${encode(payload)}.signature`
}

void describe("readTokenClaims / isSellerSession", () => {
  void it("accepts a signed-in seller's token until just before it expires", () => {
    const claims = readTokenClaims(jwt({ actor_id: "seller_1", actor_type: "seller", exp: NOW + 3600 }))
    assert.deepEqual(claims, { actorId: "seller_1", actorType: "seller", expiresAt: NOW + 3600 })
    assert.equal(isSellerSession(claims, NOW), true)
    assert.equal(isSellerSession(claims, NOW + 3600 - 10), false)
  })

  void it("refuses a registration token (no seller yet) and a shopper's token", () => {
    assert.equal(isSellerSession(readTokenClaims(jwt({ actor_id: "", actor_type: "seller", exp: NOW + 60 })), NOW), false)
    assert.equal(isSellerSession(readTokenClaims(jwt({ actor_id: "cus_1", actor_type: "customer", exp: NOW + 60 })), NOW), false)
  })

  void it("reads nothing from text that is not a JWT", () => {
    for (const token of [undefined, "", "abc", "a.%%%.c", `a.${Buffer.from("[1]").toString("base64url")}.c`]) {
      const claims = readTokenClaims(token)
      assert.equal(isSellerSession(claims, NOW), false, String(token))
    }
  })
})

void describe("sessionMaxAge", () => {
  void it("lasts as long as the token, or a day when it does not say", () => {
    assert.equal(sessionMaxAge({ actorId: "s", actorType: "seller", expiresAt: NOW + 86_400 }, NOW), 86_400)
    assert.equal(sessionMaxAge({ actorId: "s", actorType: "seller", expiresAt: null }, NOW), DEFAULT_SESSION_SECONDS)
    assert.equal(sessionMaxAge({ actorId: "s", actorType: "seller", expiresAt: NOW - 5 }, NOW), 0)
  })
})

void describe("safeSellerNext", () => {
  void it("keeps targets inside the seller portal", () => {
    assert.equal(safeSellerNext("/seller/invitations/abc123"), "/seller/invitations/abc123")
    assert.equal(safeSellerNext(["/seller/orders?status=shipped"]), "/seller/orders?status=shipped")
    assert.equal(safeSellerNext("/seller"), "/seller")
  })

  void it("refuses anything that could leave it", () => {
    for (const raw of [undefined, "", "https://evil.example/seller", "//evil.example", "/seller//evil", "/sellerx", "/seller/../cart", "/products/x", "/seller\\evil"]) {
      assert.equal(safeSellerNext(raw), null, String(raw))
    }
  })
})

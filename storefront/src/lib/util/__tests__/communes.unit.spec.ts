import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { communeCount, communeKey, communesOf, findCommune } from "../communes"
import { PROVINCES } from "../provinces"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.

void describe("communesOf", () => {
  void it("gives every one of the 34 provinces its communes, 3,321 in all as in Resolution 202/2025/QH15", () => {
    for (const province of PROVINCES) assert.ok(communesOf(province).length > 0, province)
    assert.equal(communeCount(), 3321)
  })

  void it("lists Tuyên Quang with the former Hà Giang's communes, and nothing for an unknown province", () => {
    const tuyenQuang = communesOf("Tuyên Quang")
    assert.equal(tuyenQuang.length, 124)
    assert.ok(tuyenQuang.includes("Xã Hàm Yên"))
    assert.ok(tuyenQuang.includes("Xã Lũng Phìn"))
    assert.ok(tuyenQuang.includes("Phường Hà Giang 1"))
    assert.deepEqual(communesOf("Hà Giang"), [])
    assert.deepEqual(communesOf(""), [])
  })

  void it("maps the package's city names onto ours (Huế, TP. Hồ Chí Minh) and keeps names in NFC", () => {
    assert.ok(communesOf("Huế").includes("Phường Thuận Hóa"))
    assert.ok(communesOf("TP. Hồ Chí Minh").includes("Phường Sài Gòn"))
    assert.ok(communesOf("Hải Phòng").includes("Đặc khu Bạch Long Vĩ"))
    for (const province of PROVINCES) for (const name of communesOf(province)) assert.equal(name, name.normalize("NFC"))
  })
})

void describe("findCommune", () => {
  void it("gives the official spelling for any case, NFD input and stray spaces", () => {
    assert.equal(findCommune("Tuyên Quang", "Xã Hàm Yên"), "Xã Hàm Yên")
    assert.equal(findCommune("Tuyên Quang", "  xã   HÀM yên ".normalize("NFD")), "Xã Hàm Yên")
    assert.equal(findCommune(" Tuyên Quang ".normalize("NFD"), "Phường Minh Xuân"), "Phường Minh Xuân")
  })

  void it("takes a name without its kind, or without diacritics, when only one commune fits", () => {
    assert.equal(findCommune("Tuyên Quang", "Hàm Yên"), "Xã Hàm Yên")
    assert.equal(findCommune("Tuyên Quang", "xa ham yen"), "Xã Hàm Yên")
    assert.equal(findCommune("Hà Nội", "Phường Yên Hoà"), "Phường Yên Hòa")
    assert.equal(findCommune("Huế", "Chân Mây–Lăng Cô"), "Xã Chân Mây - Lăng Cô")
  })

  void it("refuses a commune of another province, an unknown province and a guess that fits two communes", () => {
    assert.equal(findCommune("Hà Nội", "Xã Hàm Yên"), null)
    assert.equal(findCommune("Hà Giang", "Xã Lũng Phìn"), null)
    assert.equal(findCommune("Tuyên Quang", "Phường Hàm Yên"), null)
    assert.equal(findCommune("Tuyên Quang", ""), null)
    const both = communesOf("Thái Nguyên").filter((n) => n === "Xã Văn Lang" || n === "Xã Văn Lăng")
    assert.equal(both.length, 2)
    assert.equal(findCommune("Thái Nguyên", "van lang"), null)
    assert.equal(findCommune("Thái Nguyên", "Văn Lăng"), "Xã Văn Lăng")
  })

  void it("keys names so that spellings of one name meet", () => {
    assert.equal(communeKey(" Xã  Ea H’Leo "), communeKey("xã ea h'leo"))
  })
})

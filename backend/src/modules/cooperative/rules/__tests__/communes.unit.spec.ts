import { PROVINCES, communesOf, findCommune } from ".."

describe("communes of the 34 provinces", () => {
  it("lists 3,321 communes, wards and special zones, every province with its own", () => {
    const counts = PROVINCES.map((p) => communesOf(p).length)
    expect(counts.every((n) => n > 0)).toBe(true)
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3321)
    expect(communesOf("Tuyên Quang")).toEqual(expect.arrayContaining(["Xã Hàm Yên", "Xã Lũng Phìn", "Phường Minh Xuân"]))
    expect(communesOf("TP. Hồ Chí Minh")).toContain("Phường Sài Gòn")
    expect(communesOf("Hà Giang")).toEqual([])
  })

  it("finds the official spelling whatever the case, Unicode form and spacing", () => {
    expect(findCommune("Tuyên Quang", "  xã  HÀM yên ".normalize("NFD"))).toBe("Xã Hàm Yên")
    expect(findCommune("Tuyên Quang".normalize("NFD"), "Lũng Phìn")).toBe("Xã Lũng Phìn")
  })

  it("refuses a commune of another province and any commune of an unknown province", () => {
    expect(findCommune("Hà Nội", "Xã Hàm Yên")).toBeNull()
    expect(findCommune("Hà Giang", "Xã Lũng Phìn")).toBeNull()
    expect(findCommune("Thái Nguyên", "van lang")).toBeNull()
  })
})

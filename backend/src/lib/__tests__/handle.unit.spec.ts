import { toHandle, uniqueHandle } from "../handle"

describe("cooperative handles", () => {
  it("folds Vietnamese letters, đ included", () => {
    expect(toHandle("HTX Chè Shan tuyết Lũng Phìn")).toBe("htx-che-shan-tuyet-lung-phin")
    expect(toHandle("Đồng Văn – Mèo Vạc")).toBe("dong-van-meo-vac")
  })

  it("adds a number when the handle is taken", () => {
    expect(uniqueHandle("HTX Cam sành", ["htx-cam-sanh"])).toBe("htx-cam-sanh-2")
    expect(uniqueHandle("HTX Cam sành", ["htx-cam-sanh", "htx-cam-sanh-2"])).toBe("htx-cam-sanh-3")
    expect(uniqueHandle("!!!", [])).toBe("htx")
  })
})

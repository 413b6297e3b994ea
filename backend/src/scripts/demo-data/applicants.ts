import type { DemoCooperative } from "./types"

/** Cooperatives that have applied and wait for an operator's decision; they sell nothing until approved. */
export const demoApplicants: DemoCooperative[] = [
  {
    handle: "htx-dan-lat-moi-xuan-van",
    name: "Hợp tác xã Đan lát Mới Xuân Vân",
    short_name: "HTX Đan lát Xuân Vân",
    kind: "cooperative",
    registration_number: "5000917342",
    founded_on: "2024-03-18",
    legal_representative: "Ma Thị Liên",
    phone: "0986 214 735",
    email: "lienhe@danlatxuanvan.vn",
    street: "Thôn Đồng Giàn",
    commune: "Xã Xuân Vân",
    province: "Tuyên Quang",
    member_count: 12,
    sectors: ["đan lát", "mây tre"],
    description_vi:
      "Hợp tác xã mới thành lập của các hộ đan lát ở Xuân Vân, làm giỏ, mẹt và hộp quà từ tre, giang và mây rừng. Hợp tác xã đăng ký bán hàng trên sàn để đưa sản phẩm thủ công của thôn đến khách ở xa.",
    description_en:
      "A newly founded cooperative of basket-weaving households in Xuân Vân, making baskets, trays and gift boxes from bamboo, giang and forest rattan. It has applied to sell on the marketplace to bring the village's handicrafts to distant buyers.",
    products: [],
  },
  {
    handle: "tht-rau-sach-an-tuong",
    name: "Tổ hợp tác Rau sạch An Tường",
    short_name: "THT Rau An Tường",
    kind: "cooperative_group",
    registration_number: "5000918457",
    founded_on: "2025-01-09",
    legal_representative: "Trần Văn Khải",
    phone: "0358 642 917",
    email: "rausachantuong@gmail.com",
    street: "Tổ 12",
    commune: "Phường An Tường",
    province: "Tuyên Quang",
    member_count: 9,
    sectors: ["rau an toàn"],
    description_vi:
      "Tổ hợp tác trồng rau theo hướng an toàn ven sông Lô, cung cấp rau ăn lá và rau gia vị theo mùa. Tổ đang chờ xét duyệt để bán hàng trên sàn.",
    description_en:
      "A cooperative group growing vegetables to safe-farming practice along the Lô river, supplying seasonal leafy greens and herbs. It is waiting for approval to sell on the marketplace.",
    products: [],
  },
]

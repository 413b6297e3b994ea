/** The demo's trade fairs: one live now, one coming, one past (days relative to the day the demo is seeded). */
export const demoFairs = [
  {
    slug: "hoi-cho-ocop-tuyen-quang-mua-dong",
    name_vi: "Hội chợ OCOP Tuyên Quang mùa đông",
    name_en: "Tuyên Quang winter OCOP fair",
    description_vi: "Sản phẩm OCOP và đặc sản của các hợp tác xã Tuyên Quang, trực tuyến và tại Quảng trường Nguyễn Tất Thành.",
    description_en: "OCOP products and specialities of Tuyên Quang's cooperatives, online and at Nguyễn Tất Thành Square.",
    kind: "both" as const,
    venue_name: "Quảng trường Nguyễn Tất Thành",
    venue_address: "Phường Minh Xuân, tỉnh Tuyên Quang",
    start_day: -2,
    days: 7,
    cooperatives: ["htx-che-shan-tuyet-lung-phin", "htx-mat-ong-bac-ha-meo-vac", "htx-cam-sanh-ham-yen", "htx-gao-hoang-su-phi"],
  },
  {
    slug: "tuan-le-tra-shan-tuyet",
    name_vi: "Tuần lễ Trà Shan tuyết",
    name_en: "Shan tuyết tea week",
    description_vi: "Một tuần giới thiệu chè Shan tuyết cổ thụ của vùng cao Tuyên Quang, trực tuyến.",
    description_en: "A week of ancient Shan tuyết tea from the Tuyên Quang highlands, online.",
    kind: "online" as const,
    venue_name: null,
    venue_address: null,
    start_day: 21,
    days: 7,
    cooperatives: ["htx-che-shan-tuyet-lung-phin", "htx-che-shan-tuyet-cao-bo"],
  },
  {
    slug: "hoi-cho-nong-san-mua-thu",
    name_vi: "Hội chợ nông sản mùa thu",
    name_en: "Autumn farm produce fair",
    description_vi: "Nông sản mùa thu của các hợp tác xã, tại Công viên Tân Trào.",
    description_en: "Autumn produce of the cooperatives, at Tân Trào Park.",
    kind: "venue" as const,
    venue_name: "Công viên Tân Trào",
    venue_address: "Phường Minh Xuân, tỉnh Tuyên Quang",
    start_day: -60,
    days: 5,
    cooperatives: ["htx-cam-sanh-ham-yen", "htx-buoi-xuan-van"],
  },
]

/** A fair price: the regular price less a tenth, to the thousand đồng below. */
export const demoFairPrice = (regular: number) => Math.floor((regular * 0.9) / 1000) * 1000

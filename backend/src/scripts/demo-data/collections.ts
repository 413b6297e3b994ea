/** A product collection of the demo: shown at /collections/<handle>, its products chosen by handle. */
export type DemoCollection = { handle: string; title: string; title_en: string; description_vi: string; description_en: string; products: string[] }

/** Hand-picked selections a shopper browses by occasion or by place, across cooperatives. */
export const demoCollections: DemoCollection[] = [
  {
    handle: "qua-tet",
    title: "Quà Tết",
    title_en: "Tết gifts",
    description_vi: "Hộp quà, bánh chưng và đặc sản đóng hộp đẹp để biếu dịp Tết.",
    description_en: "Gift boxes, chưng cakes and specialities packed to give at Tết.",
    products: [
      "banh-chung-gu-chiem-hoa",
      "gio-qua-buoi-xuan-van",
      "cam-sanh-ham-yen-hop-qua",
      "hop-qua-che-co-thu-cao-bo",
      "hop-qua-che-shan-tuyet-lung-phin",
      "hop-qua-mat-ong-bac-ha",
      "mut-vo-buoi-xuan-van",
      "binh-gom-ruou-ngo-quan-ba",
    ],
  },
  {
    handle: "dac-san-cao-nguyen-da",
    title: "Đặc sản cao nguyên đá",
    title_en: "Stone plateau specialities",
    description_vi: "Mật ong bạc hà, tam giác mạch, rượu ngô và gia vị từ Đồng Văn, Mèo Vạc, Quản Bạ, Xín Mần.",
    description_en: "Mint-flower honey, buckwheat, corn wine and spices from Đồng Văn, Mèo Vạc, Quản Bạ and Xín Mần.",
    products: [
      "mat-ong-bac-ha-meo-vac",
      "mat-ong-bac-ha-ket-tinh",
      "hat-tam-giac-mach-dong-van",
      "banh-tam-giac-mach-dong-van",
      "ruou-tam-giac-mach-dong-van",
      "ruou-ngo-men-la-quan-ba",
      "hong-khong-hat-quan-ba",
      "thao-qua-kho-xin-man",
    ],
  },
  {
    handle: "che-shan-tuyet",
    title: "Chè Shan tuyết cổ thụ",
    title_en: "Ancient Shan tuyết tea",
    description_vi: "Chè xanh, hồng trà và bạch trà từ những cây chè Shan tuyết cổ thụ trên núi cao.",
    description_en: "Green, black and white teas from ancient Shan tuyết trees high in the mountains.",
    products: ["che-shan-tuyet-cao-bo", "hong-tra-shan-tuyet-cao-bo", "hoang-tra-shan-tuyet-cao-bo", "che-shan-tuyet-lung-phin", "hong-tra-shan-tuyet-lung-phin", "bach-tra-shan-tuyet-lung-phin"],
  },
]

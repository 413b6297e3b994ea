import type { DemoCooperative } from "../types"
import { PACK, WEIGHT, variant } from "./helpers"

/** Medicinal herb growers' cooperative of Du Già. */
export const duocLieuDuGia: DemoCooperative = {
  handle: "htx-duoc-lieu-du-gia",
  name: "Hợp tác xã Dược liệu Du Già",
  short_name: "HTX Dược liệu Du Già",
  kind: "cooperative",
  registration_number: "5001895364",
  founded_on: "2021-04-19",
  legal_representative: "Đặng Văn Phin",
  phone: "0336 850 471",
  email: "lienhe@duoclieudugia.vn",
  street: "Thôn Cốc Phát",
  commune: "Xã Du Già",
  province: "Tuyên Quang",
  member_count: 15,
  sectors: ["dược liệu", "trà thảo mộc", "lá tắm"],
  description_vi:
    "Hợp tác xã của người Dao và người Tày ở Du Già trồng dược liệu dưới tán rừng và trên nương bỏ hóa. Thành viên được tập huấn thu hái đúng tuổi cây, phơi sấy trong nhà sấy chung để tránh ẩm mốc. Hợp tác xã giữ gìn bài lá tắm của người Dao và đưa vào sản phẩm đóng gói.",
  description_en:
    "A cooperative of Dao and Tày families in Du Già who grow medicinal plants under the forest canopy and on fallow hillsides. Members are trained to harvest at the right plant age and dry everything in a shared drying house to prevent mould. The cooperative preserves the Dao bath-herb recipe and offers it in packaged form.",
  products: [
    {
      handle: "che-day-du-gia",
      title_vi: "Chè dây Du Già",
      title_en: "Du Già chè dây herbal tea",
      subtitle_vi: "Lá chè dây rừng phơi khô",
      subtitle_en: "Dried wild chè dây leaves",
      description_vi:
        "Chè dây là cây leo mọc ở vùng núi đá, lá và thân non được hái, sao nhẹ và phơi khô. Nước chè màu vàng nâu, vị hơi đắng rồi ngọt. Người vùng cao dùng chè dây như một loại nước uống hằng ngày theo kinh nghiệm dân gian.",
      description_en:
        "Chè dây is a climbing vine of the limestone mountains; its leaves and young stems are picked, lightly roasted and dried. The tea is golden brown, first slightly bitter and then sweet. Highland families drink it daily, following folk tradition.",
      category: "duoc-lieu-thao-moc",
      ...WEIGHT,
      variants: [
        variant("250 g", "DG-CHEDAY-250", 65000, 150, 280),
        variant("500 g", "DG-CHEDAY-500", 120000, 80, 540),
      ],
    },
    {
      handle: "giao-co-lam-du-gia",
      title_vi: "Giảo cổ lam",
      title_en: "Five-leaf gynostemma",
      subtitle_vi: "Giảo cổ lam năm lá, trồng dưới tán rừng",
      subtitle_en: "Five-leaf type, grown under forest shade",
      description_vi:
        "Giảo cổ lam được trồng dưới tán rừng, thu cả thân lá khi cây đủ tuổi, rửa sạch, cắt khúc và sấy khô. Nước hãm màu xanh vàng, vị đắng nhẹ rồi ngọt hậu. Hãm một nắm nhỏ với nước sôi, uống trong ngày.",
      description_en:
        "Gynostemma is grown in the forest shade; the whole stems and leaves are harvested at maturity, washed, cut and dried. The infusion is greenish yellow, lightly bitter with a sweet finish. Steep a small handful in boiling water and drink the same day.",
      category: "duoc-lieu-thao-moc",
      ...WEIGHT,
      variants: [variant("500 g", "DG-GIAOCOLAM-500", 150000, 60, 540)],
    },
    {
      handle: "cao-che-day-du-gia",
      title_vi: "Cao chè dây",
      title_en: "Chè dây herbal extract",
      subtitle_vi: "Cao khô cô đặc từ chè dây",
      subtitle_en: "Concentrated dried extract",
      description_vi:
        "Chè dây được nấu nhiều giờ trong nồi inox, lọc bã và cô đặc thành cao, sau đó sấy thành miếng. Mỗi lần dùng khoảng 2–3 g pha với nước ấm. Sản phẩm không phải là thuốc và không thay thế thuốc chữa bệnh.",
      description_en:
        "Chè dây is simmered for hours in stainless-steel pots, strained and reduced to a paste that is then dried into slabs. Dissolve about 2–3 g in warm water per serving. This product is not a medicine and does not replace medical treatment.",
      category: "duoc-lieu-thao-moc",
      ...WEIGHT,
      variants: [
        variant("100 g", "DG-CAODAY-100", 250000, 25, 150),
        variant("200 g", "DG-CAODAY-200", 480000, 12, 280),
      ],
    },
    {
      handle: "tam-that-cu-du-gia",
      title_vi: "Tam thất củ khô",
      title_en: "Dried notoginseng roots",
      subtitle_vi: "Củ tam thất trồng trên núi cao",
      subtitle_en: "Grown in the high mountains",
      description_vi:
        "Tam thất được trồng dưới giàn che trên núi cao ít nhất ba năm mới thu hoạch. Củ được rửa sạch, phơi và sấy khô, có thể thái lát hoặc tán bột khi dùng. Dùng theo kinh nghiệm dân gian, không thay thế thuốc chữa bệnh.",
      description_en:
        "Notoginseng is grown under shade frames high in the mountains for at least three years before harvest. The roots are washed, sun- and kiln-dried and can be sliced or ground before use. Used according to folk tradition; not a substitute for medicine.",
      category: "duoc-lieu-thao-moc",
      ...WEIGHT,
      variants: [variant("100 g", "DG-TAMTHAT-100", 190000, 35, 130)],
    },
    {
      handle: "ha-thu-o-do-du-gia",
      title_vi: "Hà thủ ô đỏ thái lát",
      title_en: "Sliced red fo-ti root",
      subtitle_vi: "Đã chế với đỗ đen theo cách truyền thống",
      subtitle_en: "Prepared with black beans the traditional way",
      description_vi:
        "Củ hà thủ ô đỏ được thái lát, ngâm nước vo gạo rồi đồ cùng đỗ đen và phơi khô nhiều lần theo cách chế truyền thống. Lát hà thủ ô có màu nâu đen. Dùng hãm nước uống hoặc ngâm rượu theo kinh nghiệm dân gian.",
      description_en:
        "Red fo-ti roots are sliced, soaked in rice-rinsing water, then steamed with black beans and dried several times in the traditional preparation. The slices are dark brown. Infuse in hot water or steep in spirit, following folk practice.",
      category: "duoc-lieu-thao-moc",
      ...WEIGHT,
      variants: [variant("500 g", "DG-HATHUO-500", 220000, 28, 540)],
    },
    {
      handle: "la-tam-nguoi-dao-du-gia",
      title_vi: "Lá tắm người Dao",
      title_en: "Dao herbal bath leaves",
      subtitle_vi: "Hỗn hợp lá rừng phơi khô, đóng gói",
      subtitle_en: "Dried forest-leaf blend in sachets",
      description_vi:
        "Bài lá tắm gồm nhiều loại lá rừng được người Dao hái, phơi khô và chia gói theo công thức truyền lại trong gia đình. Đun một gói với 3–4 lít nước trong 20 phút, pha thêm nước để ngâm chân hoặc tắm. Hương lá thơm dịu giúp thư giãn sau ngày dài.",
      description_en:
        "A blend of forest leaves that Dao families gather, dry and portion according to a recipe handed down through generations. Boil one sachet in 3–4 litres of water for 20 minutes and top up for a foot soak or bath. The gentle herbal scent helps you unwind after a long day.",
      category: "tinh-dau-my-pham-thao-duoc",
      ...PACK,
      variants: [
        variant("Túi 10 gói", "DG-LATAM-10", 150000, 95, 600),
        variant("Túi 30 gói", "DG-LATAM-30", 420000, 30, 1750),
      ],
    },
  ],
}

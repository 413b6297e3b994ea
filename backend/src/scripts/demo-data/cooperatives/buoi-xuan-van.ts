import type { DemoCooperative } from "../types"
import { PACK, VOLUME, WEIGHT, variant } from "./helpers"

/** Pomelo growers' cooperative of Xuân Vân. */
export const buoiXuanVan: DemoCooperative = {
  handle: "htx-buoi-xuan-van",
  name: "Hợp tác xã Bưởi đặc sản Xuân Vân",
  short_name: "HTX Bưởi Xuân Vân",
  kind: "cooperative",
  registration_number: "5000531947",
  founded_on: "2014-03-08",
  legal_representative: "Đinh Thị Hoa",
  phone: "0983 215 604",
  email: "lienhe@buoixuanvan.vn",
  street: "Thôn Soi Hà",
  commune: "Xã Xuân Vân",
  province: "Tuyên Quang",
  member_count: 45,
  sectors: ["bưởi", "tinh dầu", "mứt"],
  description_vi:
    "Hợp tác xã của các hộ trồng bưởi ven sông Lô ở Xuân Vân, nơi giống bưởi địa phương được trồng từ nhiều đời. Quả bưởi được hái từ tháng 9 đến tháng 12, phục vụ mùa Trung thu và Tết. Vỏ bưởi sau thu hoạch được dùng để chưng cất tinh dầu và làm mứt.",
  description_en:
    "A cooperative of pomelo growers along the Lô river in Xuân Vân, where the local variety has been grown for generations. The fruit is picked from September to December, in time for the Mid-Autumn Festival and Tết. Peel left after the harvest is distilled into essential oil and made into candied peel.",
  products: [
    {
      handle: "buoi-xuan-van",
      title_vi: "Bưởi Xuân Vân",
      title_en: "Xuân Vân pomelo",
      subtitle_vi: "Múi trắng ngà, tép giòn, ngọt mát",
      subtitle_en: "Ivory segments, crisp pulp, cool sweetness",
      description_vi:
        "Bưởi Xuân Vân có quả tròn, vỏ mỏng màu vàng xanh khi chín, múi trắng ngà và tép ráo nước. Vị ngọt mát, hơi the nhẹ ở đầu lưỡi. Quả để nơi thoáng mát 2–3 tuần thì múi càng ngọt.",
      description_en:
        "Xuân Vân pomelos are round, with a thin rind that turns yellowish green when ripe, ivory segments and firm, dry pulp. The flavour is cool and sweet with a faint tingle on the tongue. Kept for 2–3 weeks in a cool, airy place, the fruit becomes even sweeter.",
      category: "trai-cay-tuoi",
      ...PACK,
      variants: [
        variant("Túi 2 quả", "XV-BUOI-2", 90000, 260, 2400),
        variant("Túi 4 quả", "XV-BUOI-4", 170000, 140, 4700),
        variant("Thùng 8 quả", "XV-BUOI-8", 320000, 40, 9300),
      ],
    },
    {
      handle: "gio-qua-buoi-xuan-van",
      title_vi: "Giỏ quà bưởi Xuân Vân",
      title_en: "Xuân Vân pomelo gift basket",
      subtitle_vi: "5 quả đẹp trong giỏ tre đan",
      subtitle_en: "5 choice fruits in a woven bamboo basket",
      description_vi:
        "Năm quả bưởi to đều, còn lá, được xếp trong giỏ tre do thợ đan địa phương làm. Giỏ quà thường dùng bày mâm ngũ quả hoặc biếu dịp Trung thu, Tết. Giỏ tre có thể giữ lại làm đồ đựng trong nhà.",
      description_en:
        "Five evenly sized pomelos with their leaves, arranged in a bamboo basket made by local weavers. A popular choice for the five-fruit altar tray or as a Mid-Autumn and Tết gift. The basket can be kept for use at home.",
      category: "trai-cay-tuoi",
      ...PACK,
      variants: [variant("Giỏ 5 quả", "XV-BUOI-GIO5", 280000, 35, 6500)],
    },
    {
      handle: "mut-vo-buoi-xuan-van",
      title_vi: "Mứt vỏ bưởi",
      title_en: "Candied pomelo peel",
      subtitle_vi: "Sợi vỏ bưởi sên đường, dẻo và thơm",
      subtitle_en: "Sugar-cooked peel strips, chewy and fragrant",
      description_vi:
        "Lớp cùi trắng của vỏ bưởi Xuân Vân được thái sợi, ngâm nước muối loãng nhiều lần cho bớt đắng rồi sên đường. Mứt dẻo, trong, thoảng hương tinh dầu bưởi. Thích hợp dùng với trà nóng.",
      description_en:
        "The white pith of Xuân Vân pomelo peel is cut into strips, soaked several times in light brine to remove the bitterness and then cooked with sugar. The peel is chewy and translucent with a hint of pomelo oil. Lovely with hot tea.",
      category: "do-kho-nam",
      ...WEIGHT,
      variants: [
        variant("250 g", "XV-MUTBUOI-250", 70000, 90, 280),
        variant("500 g", "XV-MUTBUOI-500", 130000, 30, 540),
      ],
    },
    {
      handle: "tinh-dau-vo-buoi-xuan-van",
      title_vi: "Tinh dầu vỏ bưởi Xuân Vân",
      title_en: "Xuân Vân pomelo peel essential oil",
      subtitle_vi: "Chưng cất từ vỏ bưởi tươi",
      subtitle_en: "Distilled from fresh pomelo peel",
      description_vi:
        "Vỏ bưởi tươi được chưng cất bằng hơi nước trong nồi đồng của hợp tác xã. Tinh dầu có mùi thơm đặc trưng của bưởi, thường được pha loãng để ủ tóc hoặc xông phòng. Bảo quản trong chai thủy tinh tối màu, tránh ánh nắng.",
      description_en:
        "Fresh pomelo peel is steam-distilled in the cooperative's copper still. The oil has the unmistakable scent of pomelo and is usually diluted as a hair treatment or used to scent a room. Store in the dark glass bottle, away from sunlight.",
      category: "tinh-dau-my-pham-thao-duoc",
      ...VOLUME,
      variants: [
        variant("10 ml", "XV-TINHDAU-10", 60000, 200, 60),
        variant("30 ml", "XV-TINHDAU-30", 150000, 75, 120),
      ],
    },
    {
      handle: "dau-goi-vo-buoi-bo-ket",
      title_vi: "Dầu gội vỏ bưởi bồ kết",
      title_en: "Pomelo peel and soap-pod shampoo",
      subtitle_vi: "Nấu thủ công từ bồ kết và vỏ bưởi",
      subtitle_en: "Hand-cooked from soap pods and pomelo peel",
      description_vi:
        "Dầu gội được nấu từ quả bồ kết nướng, vỏ bưởi, hương nhu và sả theo cách gội đầu truyền thống của phụ nữ nông thôn. Dầu gội ít bọt, mùi thơm thảo mộc. Lắc đều trước khi dùng.",
      description_en:
        "The shampoo is cooked from roasted soap pods, pomelo peel, holy basil and lemongrass, following the traditional hair-washing recipe of village women. It lathers lightly and smells of herbs. Shake well before use.",
      category: "tinh-dau-my-pham-thao-duoc",
      ...VOLUME,
      variants: [variant("300 ml", "XV-DAUGOI-300", 95000, 110, 360)],
    },
    {
      handle: "nuoc-hoa-buoi-xuan-van",
      title_vi: "Nước cất hoa bưởi",
      title_en: "Pomelo blossom water",
      subtitle_vi: "Chưng cất từ hoa bưởi tháng Hai",
      subtitle_en: "Distilled from February pomelo blossom",
      description_vi:
        "Hoa bưởi được hái vào sáng sớm trong mùa hoa tháng Hai và chưng cất ngay trong ngày. Nước hoa bưởi có hương dịu, dùng để thơm bánh trôi, chè hoặc xịt phòng. Bảo quản trong ngăn mát sau khi mở nắp.",
      description_en:
        "Pomelo blossoms are gathered in the early morning during the February bloom and distilled the same day. The water has a delicate scent and is used to perfume sweet rice dumplings and desserts or as a room spray. Refrigerate after opening.",
      category: "tinh-dau-my-pham-thao-duoc",
      ...VOLUME,
      variants: [variant("250 ml", "XV-HOABUOI-250", 55000, 65, 300)],
    },
  ],
}

import type { DemoCooperative } from "../types"
import { PACK, WEIGHT, variant } from "./helpers"

/** Tày cake makers' cooperative of Chiêm Hóa. */
export const banhGaiChiemHoa: DemoCooperative = {
  handle: "htx-banh-gai-chiem-hoa",
  name: "Hợp tác xã Bánh gai và nông sản Chiêm Hóa",
  short_name: "HTX Bánh gai Chiêm Hóa",
  kind: "cooperative",
  registration_number: "5000917384",
  founded_on: "2017-02-24",
  legal_representative: "Ma Thị Hường",
  phone: "0207 3852 219",
  email: "lienhe@banhgaichiemhoa.vn",
  street: "Thôn Bản Chợ",
  commune: "Xã Chiêm Hóa",
  province: "Tuyên Quang",
  member_count: 19,
  sectors: ["bánh gai", "bánh truyền thống", "gạo nếp"],
  description_vi:
    "Hợp tác xã của những người phụ nữ Tày làm bánh gai, bánh chưng gù và bánh coóc mò theo công thức truyền lại trong gia đình. Lá gai, gạo nếp và đỗ xanh đều do các hộ thành viên trồng. Bánh được gói và đồ trên bếp củi mỗi ngày, giao trong ngày cho khách gần.",
  description_en:
    "A cooperative of Tày women who make gai leaf cakes, humped chưng cakes and coóc mò cakes to recipes handed down in their families. The ramie leaves, sticky rice and mung beans are all grown by member households. The cakes are wrapped and steamed over a wood fire every day and delivered the same day to nearby customers.",
  products: [
    {
      handle: "banh-gai-chiem-hoa",
      title_vi: "Bánh gai Chiêm Hóa",
      title_en: "Chiêm Hóa gai leaf cake",
      subtitle_vi: "Vỏ lá gai dẻo thơm, nhân đỗ dừa",
      subtitle_en: "Chewy ramie-leaf dough, mung bean and coconut filling",
      description_vi:
        "Lá gai phơi khô được giã nhuyễn với bột nếp và mật mía thành vỏ bánh đen bóng, nhân đỗ xanh, dừa nạo và vừng. Bánh được gói bằng lá chuối khô và đồ chín trên bếp củi. Ăn ngon trong 5–7 ngày ở nhiệt độ phòng.",
      description_en:
        "Dried ramie leaves are pounded with sticky-rice flour and cane molasses into a glossy black dough, filled with mung beans, grated coconut and sesame. The cakes are wrapped in dried banana leaves and steamed over a wood fire. Best within 5–7 days at room temperature.",
      category: "banh-dac-san-tu-gao",
      ...PACK,
      variants: [
        variant("Hộp 10 cái", "CH-BANHGAI-10", 100000, 150, 1100),
        variant("Hộp 20 cái", "CH-BANHGAI-20", 190000, 70, 2150),
      ],
    },
    {
      handle: "banh-chung-gu-chiem-hoa",
      title_vi: "Bánh chưng gù",
      title_en: "Humped chưng cake",
      subtitle_vi: "Bánh chưng dài, gù lưng của người Tày",
      subtitle_en: "The long, humped chưng cake of the Tày",
      description_vi:
        "Bánh chưng gù được gói bằng tay, không dùng khuôn, có dáng dài và phần giữa nhô cao như lưng con tôm. Gạo nếp trộn tro rơm, nhân đỗ xanh và thịt ba chỉ ướp tiêu. Bánh được luộc khoảng mười tiếng và hút chân không trước khi giao.",
      description_en:
        "The humped chưng cake is wrapped by hand without a mould, long in shape and raised in the middle like a shrimp's back. Sticky rice mixed with straw ash surrounds a filling of mung beans and peppered pork belly. The cakes are boiled for about ten hours and vacuum-sealed before delivery.",
      category: "banh-dac-san-tu-gao",
      ...PACK,
      variants: [
        variant("Cặp 2 cái", "CH-CHUNGGU-2", 160000, 45, 1700),
        variant("Túi 5 cái", "CH-CHUNGGU-5", 380000, 25, 4200),
      ],
    },
    {
      handle: "banh-cooc-mo-chiem-hoa",
      title_vi: "Bánh coóc mò",
      title_en: "Coóc mò sticky rice cake",
      subtitle_vi: "Bánh sừng bò của người Tày",
      subtitle_en: "The Tày horn-shaped cake",
      description_vi:
        "Bánh coóc mò được gói bằng lá dong thành hình sừng bò, nhân là gạo nếp trộn đường phên và đỗ xanh. Bánh thường có trên mâm cỗ Tết và lễ hội của người Tày. Hấp lại 10 phút trước khi ăn.",
      description_en:
        "Coóc mò cakes are folded in dong leaves into the shape of a cow's horn, filled with sticky rice, slab sugar and mung beans. They appear on the Tày Tết and festival trays. Re-steam for 10 minutes before eating.",
      category: "banh-dac-san-tu-gao",
      ...PACK,
      variants: [variant("Túi 10 cái", "CH-COOCMO-10", 70000, 90, 900)],
    },
    {
      handle: "banh-khao-chiem-hoa",
      title_vi: "Bánh khảo gạo nếp",
      title_en: "Pressed sticky-rice cakes",
      subtitle_vi: "Bánh khảo nhân đỗ, đóng khuôn gỗ",
      subtitle_en: "Mung bean filling, wooden moulds",
      description_vi:
        "Gạo nếp rang thơm được xay thành bột, trộn nước đường rồi nén vào khuôn gỗ cùng nhân đỗ xanh. Bánh khảo xốp, tan trong miệng, thường được dùng với trà. Đựng trong hộp kín để bánh không bị ỉu.",
      description_en:
        "Toasted sticky rice is ground to flour, mixed with syrup and pressed into wooden moulds around a mung bean filling. The cakes are crumbly, melt in the mouth and are usually served with tea. Keep in an airtight box so they stay crisp.",
      category: "banh-dac-san-tu-gao",
      ...WEIGHT,
      variants: [variant("300 g", "CH-BANHKHAO-300", 60000, 120, 350)],
    },
    {
      handle: "gao-nep-khau-nua-lech",
      title_vi: "Gạo nếp Khẩu Nua Lếch",
      title_en: "Khẩu Nua Lếch sticky rice",
      subtitle_vi: "Giống nếp cổ của người Tày, hạt to và dẻo",
      subtitle_en: "An heirloom Tày sticky rice, plump and tender",
      description_vi:
        "Khẩu Nua Lếch là giống nếp cổ được người Tày ở Chiêm Hóa gieo cấy mỗi năm một vụ. Hạt gạo to, tròn, đồ xôi dẻo và thơm kể cả khi để nguội. Dùng đồ xôi, gói bánh chưng hoặc nấu rượu nếp.",
      description_en:
        "Khẩu Nua Lếch is an heirloom sticky rice that the Tày of Chiêm Hóa plant once a year. The grains are large and round, and the steamed rice stays soft and fragrant even when cool. Use it for xôi, chưng cakes or rice wine.",
      category: "gao-ngu-coc",
      ...WEIGHT,
      variants: [
        variant("2 kg", "CH-KHAUNUA-2KG", 90000, 200, 2050),
        variant("5 kg", "CH-KHAUNUA-5KG", 210000, 85, 5100),
      ],
    },
    {
      handle: "gao-nep-cam-chiem-hoa",
      title_vi: "Gạo nếp cẩm",
      title_en: "Black sticky rice",
      subtitle_vi: "Hạt tím than, nấu xôi và làm rượu nếp",
      subtitle_en: "Purple-black grains for xôi and rice wine",
      description_vi:
        "Nếp cẩm được trồng ở những thửa ruộng ven suối, thu hoạch vụ mùa và phơi khô tự nhiên. Gạo giữ nguyên lớp cám tím nên có vị bùi. Ngâm 6–8 tiếng trước khi đồ xôi hoặc nấu chè.",
      description_en:
        "Black sticky rice is grown in streamside paddies, harvested in the main season and dried naturally. The purple bran is left on, giving a nutty flavour. Soak for 6–8 hours before steaming or cooking into a sweet soup.",
      category: "gao-ngu-coc",
      ...WEIGHT,
      variants: [
        variant("1 kg", "CH-NEPCAM-1KG", 55000, 140, 1030),
        variant("2 kg", "CH-NEPCAM-2KG", 105000, 60, 2050),
      ],
    },
  ],
}

import type { DemoCooperative } from "../types"
import { PACK, VOLUME, WEIGHT, variant } from "./helpers"

/** Provincial union of agricultural cooperatives, selling members' produce. */
export const lienHiepNongSanTuyenQuang: DemoCooperative = {
  handle: "lh-htx-nong-san-tuyen-quang",
  name: "Liên hiệp Hợp tác xã Nông sản Tuyên Quang",
  short_name: "Liên hiệp HTX Nông sản Tuyên Quang",
  kind: "cooperative_union",
  registration_number: "5002348106",
  founded_on: "2020-08-27",
  legal_representative: "Đỗ Minh Tuấn",
  phone: "0207 3816 579",
  email: "lienhe@lienhiepnongsantq.vn",
  street: "Số 25 đường Tân Trào",
  commune: "Phường Minh Xuân",
  province: "Tuyên Quang",
  member_count: 18,
  sectors: ["thương mại nông sản", "quà tặng đặc sản", "hỗ trợ hợp tác xã"],
  description_vi:
    "Liên hiệp do mười tám hợp tác xã trong tỉnh cùng thành lập để gom hàng, đóng gói chung và bán đặc sản Tuyên Quang ra thị trường lớn. Liên hiệp vận hành kho lạnh, xưởng đóng gói và điểm giới thiệu sản phẩm tại trung tâm tỉnh. Các hợp tác xã thành viên được hỗ trợ thiết kế bao bì và tham gia hội chợ.",
  description_en:
    "A union founded by eighteen cooperatives of the province to pool goods, pack them together and sell Tuyên Quang specialties to larger markets. It runs a cold store, a packing workshop and a showroom in the provincial centre. Member cooperatives get help with packaging design and with taking part in trade fairs.",
  products: [
    {
      handle: "hop-qua-dac-san-tuyen-quang",
      title_vi: "Hộp quà đặc sản Tuyên Quang",
      title_en: "Tuyên Quang specialties gift box",
      subtitle_vi: "Chè Shan tuyết, mật ong bạc hà và măng khô",
      subtitle_en: "Shan tuyết tea, mint-flower honey and dried bamboo shoots",
      description_vi:
        "Hộp quà gồm chè Shan tuyết 100 g, mật ong bạc hà 250 ml và măng khô 200 g do các hợp tác xã thành viên sản xuất. Hộp giấy kraft in hoa văn thổ cẩm, kèm thiệp giới thiệu nguồn gốc từng sản phẩm. Phù hợp làm quà Tết và quà tặng đối tác.",
      description_en:
        "The box holds 100 g of Shan tuyết tea, 250 ml of mint-flower honey and 200 g of dried bamboo shoots, all made by member cooperatives. The kraft box is printed with brocade motifs and includes a card describing where each product comes from. A good choice for Tết and business gifts.",
      category: "che",
      ...PACK,
      variants: [
        variant("Hộp tiêu chuẩn", "LH-HOPQUA-STD", 590000, 60, 1200),
        variant("Hộp quà 2 hộp", "LH-HOPQUA-DOI", 1150000, 1, 2400),
      ],
    },
    {
      handle: "gao-nep-cai-hoa-vang-tuyen-quang",
      title_vi: "Gạo nếp cái hoa vàng",
      title_en: "Cái hoa vàng sticky rice",
      subtitle_vi: "Nếp hạt tròn, đồ xôi, gói bánh chưng",
      subtitle_en: "Round grains for xôi and chưng cakes",
      description_vi:
        "Gạo nếp cái hoa vàng được trồng trên những cánh đồng ven sông Lô, sông Phó Đáy và gom từ các hợp tác xã thành viên. Hạt tròn, trắng đục, đồ xôi dẻo thơm. Loại nếp quen thuộc để gói bánh chưng ngày Tết.",
      description_en:
        "Cái hoa vàng sticky rice is grown in the fields along the Lô and Phó Đáy rivers and collected from member cooperatives. The grains are round and opaque white and steam into fragrant, chewy xôi. The sticky rice of choice for Tết chưng cakes.",
      category: "gao-ngu-coc",
      ...WEIGHT,
      variants: [
        variant("2 kg", "LH-NEPCAI-2KG", 95000, 240, 2050),
        variant("5 kg", "LH-NEPCAI-5KG", 230000, 110, 5100),
      ],
    },
    {
      handle: "mien-dong-tuyen-quang",
      title_vi: "Miến dong",
      title_en: "Arrowroot glass noodles",
      subtitle_vi: "Sợi miến dai, không hóa chất tẩy trắng",
      subtitle_en: "Springy strands, no chemical bleaching",
      description_vi:
        "Miến được tráng từ tinh bột củ dong riềng trồng ở các xã vùng đồi, phơi trên giàn tre. Sợi miến màu nâu trong, nấu không nát. Ngâm nước 5 phút trước khi nấu canh, xào hoặc trộn.",
      description_en:
        "The noodles are made from the starch of arrowroot grown in the hill communes and dried on bamboo racks. The strands are translucent brown and do not turn mushy when cooked. Soak for 5 minutes before using in soups, stir-fries or salads.",
      category: "banh-dac-san-tu-gao",
      ...WEIGHT,
      variants: [
        variant("500 g", "LH-MIEN-500", 55000, 200, 530),
        variant("1 kg", "LH-MIEN-1KG", 105000, 90, 1040),
      ],
    },
    {
      handle: "tinh-bot-nghe-tuyen-quang",
      title_vi: "Tinh bột nghệ",
      title_en: "Turmeric starch",
      subtitle_vi: "Lọc thủ công từ nghệ vàng",
      subtitle_en: "Hand-extracted from yellow turmeric",
      description_vi:
        "Củ nghệ vàng được rửa sạch, xay, lọc nhiều lần để loại bỏ bã và tinh dầu rồi phơi khô thành tinh bột. Bột mịn, màu vàng tươi, ít mùi hăng. Pha với mật ong và nước ấm hoặc dùng tạo màu món ăn.",
      description_en:
        "Yellow turmeric roots are washed, ground and strained several times to remove the fibre and oil, then dried into starch. The powder is fine, bright yellow and mild in smell. Mix with honey and warm water or use it to colour food.",
      category: "gia-vi",
      ...WEIGHT,
      variants: [variant("200 g", "LH-NGHE-200", 120000, 130, 230)],
    },
    {
      handle: "ruou-nep-cam-tuyen-quang",
      title_vi: "Rượu nếp cẩm",
      title_en: "Black sticky rice wine",
      subtitle_vi: "Rượu nếp cẩm màu tím, vị ngọt dịu",
      subtitle_en: "Purple, gently sweet",
      description_vi:
        "Nếp cẩm được đồ chín, ủ men lá trong chum rồi ép lấy nước cốt và pha với rượu gạo. Rượu màu tím đỏ, vị ngọt dịu, nồng độ thấp. Sản phẩm dành cho người trên 18 tuổi.",
      description_en:
        "Black sticky rice is steamed, fermented with leaf yeast in jars, pressed, and the juice blended with rice spirit. The wine is purplish red, gently sweet and low in alcohol. For adults over 18 only.",
      category: "ruou-truyen-thong",
      ...VOLUME,
      variants: [variant("500 ml", "LH-NEPCAM-500", 85000, 75, 850)],
    },
    {
      handle: "mat-ong-hoa-rung-tuyen-quang",
      title_vi: "Mật ong hoa rừng",
      title_en: "Wildflower forest honey",
      subtitle_vi: "Mật ong nhiều loài hoa rừng",
      subtitle_en: "Honey from many forest flowers",
      description_vi:
        "Mật được gom từ các hộ nuôi ong ven rừng ở Yên Sơn, Sơn Dương và Chiêm Hóa, lọc và đóng chai tại xưởng của liên hiệp. Mật màu nâu vàng, hương hoa rừng đậm. Mỗi lô mật được ghi rõ hợp tác xã cung cấp.",
      description_en:
        "Collected from forest-edge beekeepers in Yên Sơn, Sơn Dương and Chiêm Hóa, filtered and bottled at the union's workshop. The honey is golden brown with a strong wildflower aroma. Every batch names the cooperative that supplied it.",
      category: "mat-ong",
      ...VOLUME,
      variants: [
        variant("500 ml", "LH-MATONG-500", 230000, 85, 780),
        variant("1 l", "LH-MATONG-1000", 440000, 30, 1500),
      ],
    },
  ],
}

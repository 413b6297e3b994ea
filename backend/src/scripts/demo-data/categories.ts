import type { DemoCategory } from "./types"

/** Storefront categories of the demo catalogue, each mapped to OCOP product sets. */
export const demoCategories: DemoCategory[] = [
  {
    handle: "che",
    name_vi: "Chè",
    name_en: "Tea",
    description_vi:
      "Chè Shan tuyết cổ thụ, chè xanh, hồng trà và bạch trà từ các vùng chè cao nguyên của Tuyên Quang. Búp chè được hái tay và chế biến theo cách truyền thống của đồng bào vùng cao.",
    description_en:
      "Ancient Shan tuyết tea, green tea, black tea and white tea from the highland tea areas of Tuyên Quang. The buds are hand-picked and processed in the traditional way of the highland communities.",
    ocop_sets: [11],
    art: "leaf",
  },
  {
    handle: "mat-ong",
    name_vi: "Mật ong",
    name_en: "Honey",
    description_vi:
      "Mật ong bạc hà cao nguyên đá, mật ong rừng và các sản phẩm từ tổ ong. Ong được nuôi và khai thác theo mùa hoa tại các xã vùng cao.",
    description_en:
      "Mint-flower honey from the karst plateau, wild forest honey and other bee products. The bees are kept and harvested with the flowering seasons in the highland communes.",
    ocop_sets: [4, 8],
    art: "drop",
  },
  {
    handle: "trai-cay-tuoi",
    name_vi: "Trái cây tươi",
    name_en: "Fresh fruit",
    description_vi:
      "Cam sành, bưởi, quýt và hồng không hạt thu hái đúng vụ từ các vườn của hợp tác xã. Quả được tuyển chọn và đóng thùng ngay sau khi hái.",
    description_en:
      "King oranges, pomelos, tangerines and seedless persimmons picked in season from the cooperatives' orchards. The fruit is graded and boxed right after picking.",
    ocop_sets: [1],
    art: "fruit",
  },
  {
    handle: "ruou-truyen-thong",
    name_vi: "Rượu truyền thống",
    name_en: "Traditional spirits",
    description_vi:
      "Rượu ngô men lá, rượu thóc, rượu nếp và rượu ngâm quả được chưng cất theo công thức của đồng bào các dân tộc. Sản phẩm dành cho người trên 18 tuổi.",
    description_en:
      "Leaf-yeast corn spirit, paddy spirit, sticky-rice spirit and fruit liqueurs distilled to the recipes of the local ethnic communities. For adults over 18 only.",
    ocop_sets: [14, 15],
    art: "bottle",
  },
  {
    handle: "thit-say-dac-san",
    name_vi: "Thịt sấy & đặc sản chế biến",
    name_en: "Dried meat & prepared specialties",
    description_vi:
      "Thịt trâu gác bếp, lạp sườn hun khói, vịt bầu và cá lòng hồ được chế biến theo cách của người Tày, người Dao. Sản phẩm được hút chân không để giữ hương vị khi vận chuyển.",
    description_en:
      "Smoked buffalo meat, smoked sausages, bầu duck and lake fish prepared the way the Tày and Dao people make them. Products are vacuum-packed to keep their flavour in transit.",
    ocop_sets: [2, 8],
    art: "meat",
  },
  {
    handle: "gao-ngu-coc",
    name_vi: "Gạo & ngũ cốc",
    name_en: "Rice & cereals",
    description_vi:
      "Gạo Bao Thai, gạo nếp, gạo đỏ ruộng bậc thang và hạt tam giác mạch của vùng cao. Thóc được phơi khô tự nhiên và xay xát theo từng mẻ nhỏ.",
    description_en:
      "Bao Thai rice, sticky rice, red terraced-field rice and buckwheat from the highlands. The paddy is sun-dried and milled in small batches.",
    ocop_sets: [3],
    art: "grain",
  },
  {
    handle: "duoc-lieu-thao-moc",
    name_vi: "Dược liệu & trà thảo mộc",
    name_en: "Medicinal herbs & herbal teas",
    description_vi:
      "Chè dây, giảo cổ lam, tam thất, nấm linh chi và các loại trà thảo mộc được trồng hoặc thu hái dưới tán rừng. Sản phẩm dùng theo kinh nghiệm dân gian, không thay thế thuốc chữa bệnh.",
    description_en:
      "Chè dây, five-leaf gynostemma, notoginseng, reishi and herbal teas grown or gathered under the forest canopy. Used according to folk tradition; not a substitute for medicine.",
    ocop_sets: [12, 18, 20],
    art: "herb",
  },
  {
    handle: "do-kho-nam",
    name_vi: "Đồ khô & nấm",
    name_en: "Dried goods & mushrooms",
    description_vi:
      "Măng khô, nấm hương rừng, mộc nhĩ, quả sấy và mứt từ nông sản địa phương. Nguyên liệu được phơi, sấy kỹ và đóng gói kín để bảo quản lâu.",
    description_en:
      "Dried bamboo shoots, wild shiitake, wood ear, dried fruit and candied peel made from local produce. Everything is sun- or kiln-dried and sealed for long keeping.",
    ocop_sets: [7],
    art: "mushroom",
  },
  {
    handle: "banh-dac-san-tu-gao",
    name_vi: "Bánh & đặc sản từ gạo",
    name_en: "Rice cakes & rice specialties",
    description_vi:
      "Bánh gai, bánh chưng gù, bánh coóc mò, bánh tam giác mạch và miến dong làm thủ công. Mỗi loại bánh gắn với phong tục ngày lễ, ngày Tết của đồng bào địa phương.",
    description_en:
      "Handmade gai leaf cakes, humped chưng cakes, coóc mò cakes, buckwheat cakes and arrowroot noodles. Each cake belongs to the festival and Tết customs of the local communities.",
    ocop_sets: [6],
    art: "cake",
  },
  {
    handle: "thu-cong-my-nghe",
    name_vi: "Thủ công mỹ nghệ",
    name_en: "Handicrafts",
    description_vi:
      "Giỏ mây, khay tre, chổi chít và đồ dùng đan lát thủ công từ nguyên liệu rừng trồng. Mỗi sản phẩm do thợ đan trong thôn làm bằng tay.",
    description_en:
      "Rattan baskets, bamboo trays, tiger-grass brooms and woven household goods made from plantation materials. Every piece is made by hand by village weavers.",
    ocop_sets: [21],
    art: "basket",
  },
  {
    handle: "vai-lanh-tho-cam",
    name_vi: "Vải lanh & thổ cẩm",
    name_en: "Hemp linen & brocade",
    description_vi:
      "Vải lanh dệt tay của phụ nữ H'Mông và thổ cẩm của người Tày, Dao, Pà Thẻn. Hoa văn được vẽ sáp ong, thêu hoặc dệt trực tiếp trên khung cửi.",
    description_en:
      "Hand-woven hemp linen by H'Mông women and brocade by the Tày, Dao and Pà Thẻn peoples. Patterns are drawn in beeswax, embroidered or woven straight on the loom.",
    ocop_sets: [22],
    art: "cloth",
  },
  {
    handle: "gia-vi",
    name_vi: "Gia vị",
    name_en: "Spices & seasonings",
    description_vi:
      "Thảo quả, ớt, gừng, nghệ và tương ớt từ nương rẫy vùng cao. Gia vị được sấy, xay và đóng gói tại hợp tác xã.",
    description_en:
      "Black cardamom, chilli, ginger, turmeric and chilli sauce from highland fields. The spices are dried, ground and packed at the cooperative.",
    ocop_sets: [9, 10],
    art: "herb",
  },
  {
    handle: "tinh-dau-my-pham-thao-duoc",
    name_vi: "Tinh dầu & mỹ phẩm thảo dược",
    name_en: "Essential oils & herbal care",
    description_vi:
      "Tinh dầu vỏ bưởi, sả chanh, quế, xà phòng thảo dược và lá tắm người Dao. Sản phẩm được chưng cất, nấu thủ công từ cây trồng của hợp tác xã.",
    description_en:
      "Pomelo-peel, lemongrass and cinnamon essential oils, herbal soaps and Dao bath herbs. They are distilled or made by hand from the cooperatives' own crops.",
    ocop_sets: [19, 20],
    art: "flower",
  },
]

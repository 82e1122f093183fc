/**
 * The demo catalog: Uzbek Latin titles and descriptions, Russian ones in
 * `metadata.title_ru` / `metadata.description_ru`, prices in so'm (UZS, major
 * units) and US dollars. `mxik` and `package_code` are the fiscal codes Payme
 * receipts need (see README, "Fiscal codes").
 */
export type DemoCategory = { handle: string; name: string; name_ru: string }

export type DemoProduct = {
  handle: string
  title: string
  title_ru: string
  description: string
  description_ru: string
  category: string
  mxik: string
  package_code: string
  /** Size variants (clothing); a single "Standart" variant when absent. */
  sizes?: string[]
  uzs: number
  usd: number
  weight: number
}

export const DEMO_CATEGORIES: DemoCategory[] = [
  { handle: "kiyim", name: "Kiyim-kechak", name_ru: "Одежда" },
  { handle: "oziq-ovqat", name: "Oziq-ovqat", name_ru: "Продукты" },
  { handle: "uy-rozgor", name: "Uy-ro'zg'or", name_ru: "Для дома" },
  { handle: "hunarmandchilik", name: "Hunarmandchilik", name_ru: "Ремёсла" },
]

type Row = [
  handle: string,
  title: string,
  title_ru: string,
  description: string,
  description_ru: string,
  category: string,
  uzs: number,
  usd: number,
  weight: number,
  sizes?: string[],
]

const SIZES = ["S", "M", "L"]

// Real MXIK (IKPU) codes are 17 digits; these follow the format for the demo.
const MXIK_BY_CATEGORY: Record<string, [string, string]> = {
  kiyim: ["06109001001000000", "1501414"],
  "oziq-ovqat": ["02008001001000000", "1500956"],
  "uy-rozgor": ["06911001001000000", "1501409"],
  hunarmandchilik: ["06702001001000000", "1501408"],
}

const ROWS: Row[] = [
  ["atlas-koylak", "Atlas ko'ylak", "Платье из атласа", "Marg'ilon atlasidan tikilgan ayollar ko'ylagi.", "Женское платье из маргиланского атласа.", "kiyim", 450000, 36, 400, SIZES],
  ["adras-chopon", "Adras chopon", "Чапан из адраса", "Qo'lda tikilgan adras chopon, qishki.", "Зимний чапан из адраса ручной работы.", "kiyim", 1200000, 95, 1500, SIZES],
  ["chust-doppi", "Chust do'ppisi", "Чустская тюбетейка", "Oq-qora naqshli an'anaviy Chust do'ppisi.", "Традиционная чустская тюбетейка с чёрно-белым узором.", "kiyim", 120000, 10, 150, SIZES],
  ["paxta-futbolka", "Paxta futbolka", "Хлопковая футболка", "O'zbek paxtasidan yumshoq futbolka.", "Мягкая футболка из узбекского хлопка.", "kiyim", 89000, 7, 250, SIZES],
  ["ipak-romol", "Ipak ro'mol", "Шёлковый платок", "Marg'ilon ipagidan ro'mol.", "Платок из маргиланского шёлка.", "kiyim", 210000, 17, 100],
  ["jun-paypoq", "Jun paypoq", "Шерстяные носки", "Qo'lda to'qilgan issiq jun paypoq.", "Тёплые шерстяные носки ручной вязки.", "kiyim", 45000, 4, 120, SIZES],
  ["beqasam-kamzul", "Beqasam kamzul", "Камзол из бекасама", "Yo'l-yo'l beqasam matodan kamzul.", "Камзол из полосатой ткани бекасам.", "kiyim", 380000, 30, 600, SIZES],
  ["qurut", "Qurut", "Курут", "Tuzlangan qatiq sharchalari, 500 g.", "Солёные шарики из катыка, 500 г.", "oziq-ovqat", 35000, 3, 500],
  ["navvot", "Navvot", "Нават", "Uzum sharbatidan kristall shakar, 1 kg.", "Кристаллический сахар из виноградного сока, 1 кг.", "oziq-ovqat", 40000, 3.5, 1000],
  ["quritilgan-orik", "Quritilgan o'rik", "Курага", "Farg'ona o'rigi, quyoshda quritilgan, 1 kg.", "Ферганский урюк, высушенный на солнце, 1 кг.", "oziq-ovqat", 95000, 8, 1000],
  ["mayiz", "Mayiz", "Изюм", "Kishmish uzumidan mayiz, 1 kg.", "Изюм из кишмиша, 1 кг.", "oziq-ovqat", 70000, 6, 1000],
  ["bodom", "Bodom", "Миндаль", "Qovurilgan bodom, 500 g.", "Жареный миндаль, 500 г.", "oziq-ovqat", 110000, 9, 500],
  ["yongoq", "Yong'oq", "Грецкий орех", "Tozalangan yong'oq mag'zi, 500 g.", "Очищенный грецкий орех, 500 г.", "oziq-ovqat", 85000, 7, 500],
  ["kok-choy", "Ko'k choy", "Зелёный чай", "Ko'k choy №95, 250 g.", "Зелёный чай №95, 250 г.", "oziq-ovqat", 28000, 2.5, 250],
  ["samarqand-non", "Samarqand noni", "Самаркандская лепёшка", "Tandirda yopilgan Samarqand noni.", "Самаркандская лепёшка из тандыра.", "oziq-ovqat", 12000, 1, 600],
  ["asal", "Tog' asali", "Горный мёд", "Chotqol tog'laridan tabiiy asal, 1 kg.", "Натуральный мёд с Чаткальских гор, 1 кг.", "oziq-ovqat", 150000, 12, 1000],
  ["zira", "Zira", "Зира", "Palov uchun qora zira, 100 g.", "Чёрная зира для плова, 100 г.", "oziq-ovqat", 18000, 1.5, 100],
  ["lavash-pishloq", "Suzma", "Сузьма", "Qatiqdan tayyorlangan suzma, 500 g.", "Сузьма из катыка, 500 г.", "oziq-ovqat", 30000, 2.5, 500],
  ["rishton-lagan", "Rishton lagani", "Риштанский ляган", "Qo'lda chizilgan ko'k sopol lagan, 40 sm.", "Расписное синее керамическое блюдо, 40 см.", "uy-rozgor", 320000, 26, 2500],
  ["rishton-piyola", "Rishton piyolasi (6 dona)", "Риштанские пиалы (6 шт.)", "Ko'k naqshli oltita piyola.", "Шесть пиал с синим узором.", "uy-rozgor", 180000, 15, 900],
  ["choynak", "Choynak", "Чайник", "Paxta naqshli chinni choynak.", "Фарфоровый чайник с хлопковым узором.", "uy-rozgor", 95000, 8, 700],
  ["qozon", "Cho'yan qozon, 12 l", "Чугунный казан, 12 л", "Palov uchun cho'yan qozon.", "Чугунный казан для плова.", "uy-rozgor", 650000, 52, 9000],
  ["kapgir", "Kapgir", "Капгир", "Qozon uchun po'lat kapgir.", "Стальной шумовка для казана.", "uy-rozgor", 35000, 3, 300],
  ["dasturxon", "Dasturxon", "Дастархан", "Milliy naqshli dasturxon, 2×3 m.", "Скатерть с национальным узором, 2×3 м.", "uy-rozgor", 140000, 11, 800],
  ["korpa", "Ko'rpacha", "Курпача", "Paxtali ko'rpacha, 2 m.", "Курпача на хлопке, 2 м.", "uy-rozgor", 260000, 21, 3500],
  ["suzani", "Suzani", "Сюзане", "Qo'lda tikilgan Buxoro suzanisi.", "Бухарское сюзане ручной вышивки.", "hunarmandchilik", 1800000, 145, 1200],
  ["chust-pichoq", "Chust pichog'i", "Чустский нож", "An'anaviy Chust pichog'i, qin bilan.", "Традиционный чустский нож с ножнами.", "hunarmandchilik", 220000, 18, 300],
  ["gilam", "Xorazm gilami", "Хорезмский ковёр", "Jun gilam, 1,5×2 m.", "Шерстяной ковёр, 1,5×2 м.", "hunarmandchilik", 2900000, 235, 6000],
  ["mis-kuza", "Mis ko'za", "Медный кувшин", "Buxoro misgarlarining o'yma ko'zasi.", "Чеканный кувшин бухарских мастеров.", "hunarmandchilik", 540000, 44, 1400],
  ["qogirchoq", "Yog'och qo'g'irchoq", "Деревянная кукла", "Milliy liboslardagi qo'g'irchoq.", "Кукла в национальном костюме.", "hunarmandchilik", 75000, 6, 350],
  ["doira", "Doira", "Дойра", "Teri qoplamali an'anaviy doira.", "Традиционный бубен дойра с кожаной мембраной.", "hunarmandchilik", 390000, 32, 900],
]

export const DEMO_PRODUCTS: DemoProduct[] = ROWS.map(
  ([handle, title, title_ru, description, description_ru, category, uzs, usd, weight, sizes]) => ({
    handle,
    title,
    title_ru,
    description,
    description_ru,
    category,
    mxik: MXIK_BY_CATEGORY[category][0],
    package_code: MXIK_BY_CATEGORY[category][1],
    sizes,
    uzs,
    usd,
    weight,
  })
)

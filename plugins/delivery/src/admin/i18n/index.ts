import en from "./json/en.json"
import ru from "./json/ru.json"
import uz from "./json/uz.json"

export default {
  en: { translation: en },
  ru: { translation: ru },
  uz: { translation: uz },
}

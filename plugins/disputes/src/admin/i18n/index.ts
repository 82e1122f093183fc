import en from "./json/en.json"
import ru from "./json/ru.json"
import uz from "./json/uz.json"

// Merged into the dashboard's default namespace; every key sits under
// "disputes" so other plugins' keys cannot clash.
export default {
  en: { translation: en },
  ru: { translation: ru },
  uz: { translation: uz },
}

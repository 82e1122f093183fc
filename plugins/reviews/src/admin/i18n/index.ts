import en from "./json/en.json" with { type: "json" }
import ru from "./json/ru.json" with { type: "json" }
import uz from "./json/uz.json" with { type: "json" }

// Merged into the dashboard's i18next resources (Medusa 2.11.1+). Uzbek is
// given for when the dashboard offers it; today it lists English and Russian.
export default {
  en: { translation: en },
  ru: { translation: ru },
  uz: { translation: uz },
}

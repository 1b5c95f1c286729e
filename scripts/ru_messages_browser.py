"""Russian translations for the minimal version for the visually impaired (browser-tests branch)."""

RU = {
    "Version for the visually impaired": "Версия для слабовидящих",
    "Settings for the visually impaired": "Настройки для слабовидящих",
    "Normal version": "Обычная версия",
    "Font size": "Размер шрифта",
    "Colours": "Цвета",
    "Images": "Изображения",
    "Letter and line spacing": "Интервалы между буквами и строками",
    "Normal size": "Обычный",
    "Normal colours": "Обычные",
    "Normal spacing": "Обычные",
    "Large": "Крупный",
    "Extra large": "Очень крупный",
    "Black on white": "Чёрным по белому",
    "White on black": "Белым по чёрному",
    "Dark blue on light blue": "Тёмно-синим по голубому",
    "Show images": "Показывать",
    "Hide images": "Не показывать",
    "Wide spacing": "Увеличенные",
    "Apply": "Применить",
    "Choose the font size, the colours, whether to show images and the spacing. Your choice is kept on this device for every page.": "Выберите размер шрифта, цвета, показ изображений и интервалы. Выбор сохранится на этом устройстве для всех страниц.",
}

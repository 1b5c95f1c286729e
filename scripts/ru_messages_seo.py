"""Russian translations for search, feeds, calendars, sitemap and page metadata."""

RU = {
    # search
    "Search for words or numbers: “%(query)s” has neither.": "Ищите слова или числа: в запросе «%(query)s» их нет.",
    "%(counter)s page found.": (
        "Найдена %(counter)s страница.",
        "Найдены %(counter)s страницы.",
        "Найдено %(counter)s страниц.",
    ),
    "search entry": "поисковая запись",
    "search entries": "поисковые записи",
    "page": "страница",
    "language": "язык",
    "title": "заголовок",
    # feeds and calendars
    "News of the international cooperation of Astrakhan Region with the Caspian States and the CIS.": (
        "Новости международного сотрудничества Астраханской области с прикаспийскими государствами и странами СНГ."
    ),
    "Add these dates to your calendar (iCalendar)": "Добавить эти даты в календарь (iCalendar)",
    "All upcoming events for your calendar (iCalendar)": "Все предстоящие мероприятия — в ваш календарь (iCalendar)",
    # structured data
    "Government of Astrakhan Region": "Правительство Астраханской области",
}

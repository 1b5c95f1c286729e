"""Russian translations for the security pages (issue 5): the 400 page and the sign-in lockout."""

RU = {
    "Bad request": "Неверный запрос",
    "The address or the form could not be understood. Please check it and try again.": (
        "Не удалось разобрать адрес или форму. Проверьте их и попробуйте ещё раз."
    ),
    "Sign-in blocked": "Вход заблокирован",
    "Sign-in for this user from your address is blocked after %(limit)s failed attempt.": (
        "Вход для этого пользователя с вашего адреса заблокирован после %(limit)s неудачной попытки.",
        "Вход для этого пользователя с вашего адреса заблокирован после %(limit)s неудачных попыток.",
        "Вход для этого пользователя с вашего адреса заблокирован после %(limit)s неудачных попыток.",
    ),
    "Please try again in %(minutes)s minute, or ask an administrator to unlock your account.": (
        "Попробуйте снова через %(minutes)s минуту или попросите администратора разблокировать вашу учётную запись.",
        "Попробуйте снова через %(minutes)s минуты или попросите администратора разблокировать вашу учётную запись.",
        "Попробуйте снова через %(minutes)s минут или попросите администратора разблокировать вашу учётную запись.",
    ),
    "Please ask an administrator to unlock your account.": (
        "Попросите администратора разблокировать вашу учётную запись."
    ),
    "Back to the sign-in page": "Вернуться на страницу входа",
}

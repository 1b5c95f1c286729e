# Django's Russian formats with non-breaking spaces: «2\u00a0декабря 2026\u00a0г.» never breaks
# between the day and the month or before «г.».
DATE_FORMAT = "j\u00a0E Y\u00a0г."
DATETIME_FORMAT = "j\u00a0E Y\u00a0г. G:i"
MONTH_DAY_FORMAT = "j\u00a0F"
YEAR_MONTH_FORMAT = "F Y\u00a0г."

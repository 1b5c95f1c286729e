# Production image: gunicorn serving the portal, static files collected at build time.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=astrakhan_portal.settings.production \
    BIND=0.0.0.0:8000

RUN useradd --create-home --uid 10001 portal
WORKDIR /app

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
# Catalogs and static files are built into the image; the key below exists only for
# this build step and is never used at run time.
RUN SECRET_KEY=image-build-only-key-not-used-at-run-time-0000 ALLOWED_HOSTS=build \
        python manage.py compile_catalogs \
    && SECRET_KEY=image-build-only-key-not-used-at-run-time-0000 ALLOWED_HOSTS=build \
        python manage.py collectstatic --noinput \
    && mkdir -p /app/media && chown -R portal:portal /app/media

USER portal
EXPOSE 8000
# Before the first start and after each upgrade: python manage.py migrate --noinput
CMD ["gunicorn", "-c", "gunicorn.conf.py", "astrakhan_portal.wsgi"]

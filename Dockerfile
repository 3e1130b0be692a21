# Production image of Chợ HTX: gunicorn serving shop.settings.production, static files by whitenoise.
# Built and run by docker-compose.yml; see README.md, "Production".
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=shop.settings.production

# gettext compiles the translations below.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# Dependencies first, at the exact versions of constraints.txt, so code changes reuse this layer.
# (pyproject.toml installs no package: the code runs from /app.)
COPY pyproject.toml constraints.txt README.md ./
RUN pip install -c constraints.txt .

COPY . .

# production.py refuses to start without these; placeholders are enough to compile translations and
# collect static files (no database is touched).
RUN SECRET_KEY=build ALLOWED_HOSTS=localhost DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    sh -c "python manage.py compilemessages -l vi && python manage.py collectstatic --noinput -v 0"

RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin chohtx \
    && mkdir -p /app/var/media \
    && chown chohtx /app/var/media
USER chohtx

EXPOSE 8000
CMD ["gunicorn", "shop.wsgi:application", "--bind", "0.0.0.0:8000", "--access-logfile", "-"]

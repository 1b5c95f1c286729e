"""Feeds and calendars, in each language (included under i18n_patterns)."""

from django.urls import path

from . import calendars
from .feeds import NewsFeed

urlpatterns = [
    path("feeds/news.xml", NewsFeed(), name="news_feed"),
    path("feeds/events.ics", calendars.events_ics, name="events_ics"),
    path("feeds/events/<int:series_id>.ics", calendars.event_series_ics, name="event_series_ics"),
]

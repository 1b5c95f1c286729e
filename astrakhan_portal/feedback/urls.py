from django.urls import path

from . import views

urlpatterns = [
    path("feedback/", views.feedback, name="feedback"),
    path("feedback/sent/", views.feedback_sent, name="feedback_sent"),
]

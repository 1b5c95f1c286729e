"""Messages of Wagtail and wagtail-modeltranslation that the project's catalog translates.

Django reads the project's ``locale/`` before the libraries' catalogs, so an entry
there supplies a Russian text a library lacks or replaces a wrong one. Listing the
messages here keeps those entries in the catalog: ``make makemessages`` finds them in
this file and does not drop them as obsolete. The site never imports this module;
translation_admin/tests/test_library_messages.py checks that each is translated.
"""

from django.utils.translation import gettext_noop

LIBRARY_MESSAGES = [
    # Translators: Overrides wagtail-modeltranslation (the slug of a page in one language is taken).
    gettext_noop("This slug is already in use"),
    # Translators: Overrides Wagtail's page form.
    gettext_noop("The slug '%(page_slug)s' is already in use within the parent page."),
    # Translators: Overrides Wagtail's page model.
    gettext_noop(
        "The slug '%(page_slug)s' is already in use within the parent page at '%(parent_url_path)s'."
    ),
    # Translators: Overrides Wagtail's page listing (untranslated there).
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
    # Translators: Overrides Wagtail's page listing (untranslated there).
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s across entire site."),
    # Translators: Overrides Wagtail's page listing (untranslated there).
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s in '<span class=\"w-title-ellipsis\">%(title)s</span>'."
    ),
    # Translators: Overrides Wagtail's status side panel.
    gettext_noop("Anyone can edit this %(model_name)s"),
    # Translators: Overrides Wagtail's status side panel.
    gettext_noop("Anyone can edit this %(model_name)s – lock it to prevent others from editing"),
    # Translators: Overrides Wagtail's help text of a page title.
    gettext_noop("The page title as you'd like it to be seen by the public"),
    # Translators: Overrides Wagtail's workflow button; workflow names are Russian (editorial 0002).
    gettext_noop("Submit to %(workflow_name)s"),
    # Translators: Overrides Wagtail's dashboard panel ("отзыв" is feedback, not a review).
    gettext_noop("Awaiting your review"),
    # Translators: Overrides Wagtail's page editor (the moderator's "Approve and Publish": Wagtail's Russian capitalises the verb in mid-sentence).
    gettext_noop("%(label)s and Publish"),
    # Translators: Supplies Wagtail's editing-sessions dialog (untranslated there).
    gettext_noop("Proceeding will overwrite the changes you made in that window."),
    # Translators: Supplies Wagtail's editing-sessions dialog (untranslated there).
    gettext_noop("Proceeding will overwrite the changes made by %(user_name)s."),
    # Translators: Supplies Wagtail's editing-sessions dialog (untranslated there).
    gettext_noop("Alternatively, you can view the latest version in a new tab."),
    # Translators: Supplies Wagtail's editing-sessions dialog (untranslated there).
    gettext_noop("View latest version"),
]

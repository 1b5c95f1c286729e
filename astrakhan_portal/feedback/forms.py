"""The feedback form a visitor fills in."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import MESSAGE_MAX_LENGTH, FeedbackMessage
from .text import has_visible_text, without_controls

HONEYPOT_FIELD = "website"


class ConsentCheckbox(forms.CheckboxInput):
    """A checkbox that counts as ticked only with the value a browser sends: "on".

    Django's CheckboxInput reads any other string as true, so a hand-made
    ``consent=off`` (or ``consent=no``) would count as consent.
    """

    def value_from_datadict(self, data, files, name):
        return data.get(name) == "on"


class FeedbackForm(forms.ModelForm):
    """Name, e-mail, message and a separate consent; ``website`` is a trap for spam bots."""

    consent = forms.BooleanField(
        label=_(
            "I consent to the processing of my personal data (name, e-mail address and message) so that the "
            "editors can reply to me."
        ),
        required=True,
        widget=ConsentCheckbox,
        error_messages={
            "required": _(
                "Tick the box to agree to the processing of your personal data; without it we cannot keep your message."
            )
        },
    )
    # People never see this field (it is hidden); naive bots fill in every field.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = FeedbackMessage
        fields = ["name", "email", "message"]
        labels = {
            "name": _("Your name"),
            "email": _("Your e-mail"),
            "message": _("Your message"),
        }
        help_texts = {
            "email": _("We use it only to answer you."),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "message": forms.Textarea(attrs={"rows": 8}),
        }
        error_messages = {
            "name": {
                "required": _("Please enter your name."),
                "max_length": _(
                    "The name is too long: at most %(limit_value)d characters (it has %(show_value)d)."
                ),
            },
            "email": {
                "required": _("Please enter your e-mail address so that we can answer you."),
                "invalid": _("Enter an e-mail address such as name@example.com."),
                "max_length": _(
                    "The e-mail address is too long: at most %(limit_value)d characters (it has %(show_value)d)."
                ),
            },
            "message": {
                "required": _("Please write your message."),
                "max_length": _(
                    "The message is too long: at most %(limit_value)d characters (it has %(show_value)d). "
                    "Please shorten it."
                ),
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].help_text = gettext("At most %(count)s characters.") % {
            "count": MESSAGE_MAX_LENGTH
        }
        self._describe_fields(errors={})

    def full_clean(self):
        super().full_clean()
        self._describe_fields(self.errors)  # just computed: reading them does not validate again

    def _describe_fields(self, errors):
        """Tie each input to its help text and ``errors`` for screen readers."""
        for name, field in self.fields.items():
            auto_id = self[name].auto_id
            described_by = []
            if field.help_text:
                described_by.append(f"{auto_id}-help")
            if name in errors:
                described_by.append(f"{auto_id}-errors")
                field.widget.attrs["aria-invalid"] = "true"
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)

    @property
    def is_spam(self):
        """True when the hidden trap field was filled in, as only a bot would do."""
        return bool((self.data.get(HONEYPOT_FIELD) or "").strip())

    def clean_name(self):
        name = " ".join(without_controls(self.cleaned_data["name"]).split())
        if not has_visible_text(name):
            raise forms.ValidationError(_("Please enter your name."))
        return name

    def clean_message(self):
        message = without_controls(self.cleaned_data["message"]).strip()
        if not has_visible_text(message):
            raise forms.ValidationError(_("Please write your message."))
        return message

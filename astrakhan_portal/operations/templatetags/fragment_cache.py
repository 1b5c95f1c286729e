"""``{% fragment_cache "name" value ... %}...{% endfragment_cache %}``: see ``operations/fragments.py``.

Only for markup that is the same for every visitor given the language, the
content generation and the values listed (e.g. ``page.pk``).
"""

from django import template
from django.utils.safestring import mark_safe

from .. import fragments

register = template.Library()


class FragmentCacheNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        if request is None:  # error pages rendered without the request
            return self.nodelist.render(context)
        name = self.name.resolve(context)
        vary_on = [value.resolve(context) for value in self.vary_on]
        return mark_safe(fragments.cached(request, name, lambda: self.nodelist.render(context), vary_on))


@register.tag("fragment_cache")
def do_fragment_cache(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("'fragment_cache' needs a fragment name.")
    nodelist = parser.parse(("endfragment_cache",))
    parser.delete_first_token()
    return FragmentCacheNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]]
    )

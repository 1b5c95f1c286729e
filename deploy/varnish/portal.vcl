# Varnish in front of the portal's app servers: docs/operations.md, "The proxy cache".
#
# It keeps what the app marks as shared (Cache-Control: public, s-maxage=...) and
# passes everything personal to the app. The deployment's own file, site.vcl
# (found on varnishd's vcl_path; deploy/varnish/site.vcl.example shows one, and
# `make stack` writes one), names the app servers (director "portal_servers", made
# in its vcl_init), who may purge (acl "portal_purgers") and the 503 pages (sub
# "portal_unavailable_page").
vcl 4.1;

import directors;
import std;

include "site.vcl";

sub vcl_recv {
    set req.backend_hint = portal_servers.backend();

    # A purge from the app (wagtail.contrib.frontend_cache): everything whose address
    # starts with the purged path, in every variant (query strings, HEAD), is dropped.
    if (req.method == "PURGE") {
        if (!client.ip ~ portal_purgers) {
            return (synth(405, "Purging is not allowed from this address."));
        }
        ban("obj.http.x-portal-url ~ ^" + req.url);
        return (synth(200, "Purged"));
    }

    # Only anonymous reads are ever looked up.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, documents (some are password-protected), page-password forms and
    # health checks always go to the app.
    if (req.url ~ "^/(admin|django-admin|documents|_util|healthz)(/|\?|$)") {
        return (pass);
    }
    # Personal pages: a signed-in editor or a page password (session), a flash
    # message, the settings of the version for visually impaired visitors.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages|vi)=") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # No other cookie changes a page, and the address alone says the language.
    unset req.http.Cookie;
    unset req.http.Accept-Language;

    # While every app server is down or not ready (e.g. the database hangs), pages
    # already kept are served up to 6 hours old rather than an error.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_response {
    # Remembered for bans (purges), never sent to visitors.
    set beresp.http.x-portal-url = bereq.url;
    set beresp.grace = 6h;
    # The app's pages are text; compress them here once.
    if (beresp.http.Content-Type ~ "^text/(html|css|plain|calendar)|xml|json|javascript") {
        set beresp.do_gzip = true;
    }
    # Varnish's built-in rules follow: a response with Set-Cookie, or whose
    # Cache-Control says private, no-cache or no-store, is never kept.
}

sub vcl_deliver {
    unset resp.http.x-portal-url;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

# No app server answered (down, or not ready because the database hangs): the
# site's own 503 page, in the language of the address.
sub vcl_backend_error {
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Retry-After = "30";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.X-Content-Type-Options = "nosniff";
    set beresp.http.X-Frame-Options = "DENY";
    call portal_unavailable_page;
    set beresp.status = 503;
    return (deliver);
}

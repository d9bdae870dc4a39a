"""Bot walls: a site behind a Cloudflare-style "Just a moment..." challenge (200 and 403).

Modelled on the interstitial Cloudflare serves to clients without JavaScript: a small page
with a challenge script, ``cf-mitigated: challenge`` on the 403 form, ``Server: cloudflare``.
"""

from __future__ import annotations

from tests.farm import FarmRequest, FarmResponse, html, route

CHALLENGE = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="refresh" content="390"><meta name="robots" content="noindex,nofollow">
</head><body><div class="main-wrapper" role="main"><div class="main-content">
<h1 class="zone-name-title h1">kimrantau.example</h1><p>Verifying you are human. This may take a few seconds.</p>
<noscript>Enable JavaScript and cookies to continue</noscript></div></div>
<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8f1"></script></body></html>"""


@route("/walled/200/", prefix=True)
def challenge_ok(request: FarmRequest) -> FarmResponse:
    return html(CHALLENGE, headers={"Server": "cloudflare"}, etag=False)


@route("/walled/403/", prefix=True)
def challenge_forbidden(request: FarmRequest) -> FarmResponse:
    return FarmResponse(body=CHALLENGE, status=403, headers={"Server": "cloudflare", "cf-mitigated": "challenge"},
                        etag=False)

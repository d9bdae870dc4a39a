"""Self-reports: KIM posts on Facebook, Instagram, TikTok and WhatsApp, reported by the KIMs.

A report (a post's public URL) comes from a form export (:mod:`~crawler.selfreport.intake`)
or from the KIM's own web form (:mod:`~crawler.selfreport.web`, behind a secret link from
:mod:`~crawler.selfreport.tokens`). :mod:`~crawler.selfreport.verify` fetches each pending
report's public preview (:mod:`~crawler.selfreport.fetch`, :mod:`~crawler.selfreport.preview`),
checks that it belongs to one of the KIM's registered accounts
(:mod:`~crawler.selfreport.accounts`) and turns the ones that hold into posts.
"""

"""Reporting: the KPIs computed from the store, their renderers and the Datasette dump.

:mod:`~crawler.reporting.kpis` builds one report dict (active share per region, KIMs,
announcements' reach, channel health) that every format renders from
(:mod:`~crawler.reporting.render`: table, JSON, CSV, HTML); :mod:`~crawler.reporting.dump`
writes the publishable copy of the store with its Datasette metadata. It may use the shared
ground only; the CLI, the daemon and the demo call it.
"""

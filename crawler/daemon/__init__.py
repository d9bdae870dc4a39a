"""The daemon: kimwatch as a long-running scheduled service (``kimwatch daemon``, ``scheduler.py``).

Owns the daemon's configuration file and environment overrides, the schedule of jobs (source
and KIM crawls, matching, the daily report and dump, registry reloads), running each job as a
supervised child process (``python -m crawler …``) with timeouts and a graceful stop, and the
health summary it logs. It may use the shared ground (store, lock, dates, errors, settings,
registry); it reaches the other domain packages only through child processes of the CLI.
Its log name is ``crawler.daemon`` whatever module writes, as operators grep the journal for it.
"""

"""Crawl settings: defaults, config file, environment, overrides — in that order."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.errors import ConfigError
from crawler.settings import environment_values, load_settings


def test_defaults_are_polite() -> None:
    settings = load_settings()
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 2
    assert settings["USER_AGENT"].startswith("kimwatch/0.1.0 (+https://")
    codes = [int(c) for c in settings.getlist("RETRY_HTTP_CODES")]
    assert 500 not in codes and 429 in codes and 503 in codes  # 429: asked again after its pause, bounded per host
    assert settings.getbool("HTTPPROXY_ENABLED") and settings.getbool("COMPRESSION_ENABLED")
    retried = [e if isinstance(e, str) else e.__name__ for e in settings.getlist("RETRY_EXCEPTIONS")]
    assert not [e for e in retried if "Timeout" in e]  # a slow server costs one timeout per run, not three
    assert any("ConnectionRefused" in e for e in retried) and any("DataLoss" in e for e in retried)
    robots = "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware"  # replaced by ours (Crawl-delay)
    assert not settings.getdict("DOWNLOADER_MIDDLEWARES").get(robots) and robots not in settings.getdict("DOWNLOADER_MIDDLEWARES_BASE")
    # ours: Crawl-delay (spiders/politeness.py), kept between crawls for at most RFC 9309's 24 hours (spiders/robots.py)
    assert settings.getdict("DOWNLOADER_MIDDLEWARES")["spiders.robots.RobotsTxtCacheMiddleware"] == 100
    assert 0 < settings.getfloat("ROBOTSTXT_CACHE_HOURS") <= 24


def test_unused_scrapy_components_are_neither_active_nor_imported() -> None:
    settings = load_settings()
    for name, key in (("EXTENSIONS", "scrapy.extensions.telnet.TelnetConsole"),
                      ("EXTENSIONS", "scrapy.extensions.remote_control.RemoteControl"),
                      ("DOWNLOADER_MIDDLEWARES", "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"),
                      ("SPIDER_MIDDLEWARES", "scrapy.spidermiddlewares.depth.DepthMiddleware")):
        assert key not in settings.getdict(name) and key not in settings.getdict(f"{name}_BASE"), key
    assert "spiders.politeness.AutoThrottle" in settings.getdict("EXTENSIONS")
    assert "scrapy.downloadermiddlewares.retry.RetryMiddleware" in settings.getdict("DOWNLOADER_MIDDLEWARES_BASE")
    assert settings.getbool("WARN_ON_GENERATOR_RETURN_VALUE") is False


def test_config_file_then_environment_then_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "kimwatch.yaml"
    config.write_text("db: data/x.db\ncrawl:\n  contact_url: https://kominfo.example/kontak\n"
                      "  download_timeout: 12\n  first_crawl_pages: 2\n", encoding="utf-8")
    monkeypatch.setenv("KIMWATCH_CONFIG", str(config))
    monkeypatch.setenv("KIMWATCH_DOWNLOAD_TIMEOUT", "20")
    monkeypatch.setenv("KIMWATCH_SHORTENER_HOSTS_EXTRA", "sl.example, go.example")
    monkeypatch.setenv("KIMWATCH_AUTOTHROTTLE_ENABLED", "off")
    settings = load_settings({"FIRST_CRAWL_PAGES": 7})
    assert settings["USER_AGENT"] == "kimwatch/0.1.0 (+https://kominfo.example/kontak)"
    assert settings.getint("DOWNLOAD_TIMEOUT") == 20
    assert settings.getint("FIRST_CRAWL_PAGES") == 7
    assert settings.getlist("SHORTENER_HOSTS_EXTRA") == ["sl.example", "go.example"]
    assert settings.getbool("AUTOTHROTTLE_ENABLED") is False


def test_bad_values_name_the_variable_and_the_value(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="KIMWATCH_DOWNLOAD_TIMEOUT: invalid value 'soon'"):
        environment_values({"KIMWATCH_DOWNLOAD_TIMEOUT": "soon"})
    config = tmp_path / "bad.yaml"
    config.write_text("crawl:\n  download_timout: 5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown crawl setting 'download_timout'"):
        load_settings(config_file=config)


def test_an_alias_bomb_in_the_config_file_is_refused_at_once(tmp_path: Path) -> None:
    """The crawl reads the `crawl:` section of $KIMWATCH_CONFIG with the registry's bounded loader."""
    import time

    from crawler.settings import config_file_values

    levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    levels += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]" for i in range(8)]
    path = tmp_path / "daemon.yaml"
    path.write_text("\n".join(levels) + "\ncrawl: {download_timeout: 5}\n", encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(ConfigError, match="alias bomb"):
        config_file_values(path)
    assert time.monotonic() - started < 2

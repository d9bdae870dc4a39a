"""Which account a post URL names, offline: mobile hosts, redirect wrappers, ids, share links."""

from __future__ import annotations

import pytest

from crawler.selfreport.accounts import channel_ids, post_address


@pytest.mark.parametrize(("url", "platform", "ids", "share"), [
    ("https://m.facebook.com/kimsatu/posts/pfbid02x", "facebook", {"kimsatu"}, False),
    ("https://mbasic.facebook.com/Kim.Satu/posts/1", "facebook", {"kimsatu"}, False),
    ("https://web.facebook.com/kimsatu/videos/123/", "facebook", {"kimsatu"}, False),
    ("https://l.facebook.com/l.php?u=https%3A%2F%2Fm.facebook.com%2Fkimsatu%2Fposts%2F9&h=AT0", "facebook",
     {"kimsatu"}, False),
    ("https://www.facebook.com/permalink.php?story_fbid=pfbid0abc&id=100064000000001", "facebook",
     {"100064000000001"}, False),
    ("https://www.facebook.com/groups/555123/permalink/777/", "facebook", {"group:555123"}, False),
    ("https://www.facebook.com/share/p/AbC123Dua/", "facebook", set(), True),
    ("https://www.instagram.com/p/CxEmpat123/", "instagram", set(), False),
    ("https://www.instagram.com/kimempat/p/CxEmpat123/", "instagram", {"kimempat"}, False),
    ("https://www.tiktok.com/@KimLima/video/7426", "tiktok", {"kimlima"}, False),
    ("https://vm.tiktok.com/ZSabc/", "tiktok", set(), True),
    ("https://whatsapp.com/channel/0029VaKIMEnam00/123", "whatsapp", {"0029vakimenam00"}, False),
])
def test_post_urls_name_their_account(url: str, platform: str, ids: set[str], share: bool) -> None:
    address = post_address(url)
    assert (address.platform, address.ids, address.share_link) == (platform, ids, share)


def test_mobile_hosts_and_wrappers_are_fetched_on_www() -> None:
    assert post_address("http://m.facebook.com/kimsatu/posts/1?ref=share").url == \
        "http://www.facebook.com/kimsatu/posts/1?ref=share"
    assert post_address("https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.instagram.com%2Fp%2FX%2F").platform == "instagram"


def test_a_whatsapp_group_invite_is_a_group_message() -> None:
    assert post_address("https://chat.whatsapp.com/InviteAbc").group_message


@pytest.mark.parametrize("url", ["https://t.me/+AbCdEf123", "https://t.me/joinchat/AbCdEf123",
                                 "https://telegram.me/joinchat/AbCdEf123", "https://t.me/%2BAbCdEf123"])
def test_a_telegram_group_invite_is_a_group_message(url: str) -> None:
    assert post_address(url).group_message and post_address(url).platform == "telegram"
    assert not post_address("https://t.me/kimbanua/12").group_message  # a public channel's post


@pytest.mark.parametrize(("kind", "url", "ids"), [
    ("facebook", "https://web.facebook.com/kimdua/", {"kimdua"}),
    ("facebook", "https://m.facebook.com/profile.php?id=100064000000009", {"100064000000009"}),
    ("facebook", "https://www.facebook.com/pages/KIM-Tiga/100064000000003", {"kim-tiga", "100064000000003"}),
    ("instagram", "https://instagram.com/kimempat", {"kimempat"}),
    ("tiktok", "https://www.tiktok.com/@kimlima", {"kimlima"}),
    ("whatsapp", "https://whatsapp.com/channel/0029VaKIMEnam00", {"0029vakimenam00"}),
])
def test_registered_channels_name_their_account(kind: str, url: str, ids: set[str]) -> None:
    assert channel_ids(kind, url) == (kind, ids)

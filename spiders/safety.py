"""Requests kimwatch refuses to send: to internal addresses reached from a public channel.

A public site (or a shortened link in a post) can redirect to ``http://127.0.0.1:8080/`` or
``http://169.254.169.254/`` — services on the crawling server or its network that the
outside world cannot see. Following such a redirect would fetch internal pages and store
them as KIM posts, and publish them in the dump (server-side request forgery).

:class:`InternalAddressMiddleware` is a downloader middleware, so it sees every request of a
crawl before it is sent: a channel's first page, each redirect (3xx), each meta refresh or
script redirect a spider follows, pagination, robots.txt and shortened-link resolution. For
each it finds every address the host stands for:

- an address literal in any spelling the system resolver accepts — ``127.1``, ``2130706433``,
  ``0x7f000001``, ``0177.0.0.1``, ``0x7f.1`` are all 127.0.0.1 (parsed with
  :func:`socket.inet_aton`, as ``getaddrinfo`` does), ``[::1]``, ``[::ffff:127.0.0.1]`` and
  other IPv6 forms embedding an IPv4 address (mapped, compatible, 6to4, NAT64);
- ``localhost`` and names under ``.localhost``;
- any other name, resolved with the system resolver (``getaddrinfo``, in a thread): every
  address returned is checked, and the IPv4 address checked is the one the download then
  connects to (it is put in Scrapy's DNS cache), so a name that answers differently the
  second time (DNS rebinding) cannot slip through.

An address is internal when it is loopback, private (RFC 1918, ``fc00::/7``), shared/CGNAT
(``100.64.0.0/10``), link-local, multicast, unspecified, reserved or documentation, or a
cloud metadata address. A request to one is refused (``refused`` in channel health, the
target shown as ``scheme://host:port/…`` only, never its path or query) unless

- its chain started there: the channel was registered on an internal address on purpose
  (an intranet site, the demo and the tests on 127.0.0.1), the target is that same host and
  port (another spelling of it included; never another port or another address of the same
  kind, never link-local or metadata addresses), and no hop of its redirect chain was on a
  public host (a public shortener's or page's redirect is a third party's choice, whatever
  channel the link came from), or
- the host or address is listed in the ``ALLOW_INTERNAL`` setting (addresses, networks such
  as ``10.1.2.0/24``, host names, ``.suffix`` for a whole domain).

Through a proxy (``http_proxy``), the proxy resolves names on its side: kimwatch still
refuses address literals in every spelling and names that *its own* resolver maps to an
internal address, but a name only the proxy can resolve is passed on as it is — what that
name means inside the proxy's network is the proxy's to guard.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import getproxies

from crawler.urls import bypasses_proxy, without_credentials

if TYPE_CHECKING:  # the guard's functions serve the revalidation pass too, which runs without Scrapy
    from scrapy import Request

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

INTERNAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")

#: Cloud instance-metadata and host-agent services: never fetched, not even from a channel
#: registered on an internal address — AWS, GCP, Azure, OpenStack, DigitalOcean, Hetzner (169.254.169.254),
#: AWS over IPv6 (fd00:ec2::254), ECS task metadata (169.254.170.2), Alibaba (100.100.100.200),
#: Oracle (192.0.0.192), Tencent (169.254.0.23), AWS time sync (169.254.169.123), and Azure's
#: WireServer (168.63.129.16, a *public* address every Azure VM reaches, which hands out the VM's
#: agent configuration and certificates). The link-local ones are internal anyway; listed, they are
#: refused even where ``allow_internal`` opens 169.254.0.0/16.
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "169.254.170.2", "169.254.169.123", "169.254.0.23", "fd00:ec2::254", "100.100.100.200",
    "192.0.0.192", "168.63.129.16"))

#: Names of the same services (Google Cloud's, Tencent's; Azure and AWS use the addresses above).
METADATA_NAMES = frozenset(("metadata.google.internal", "metadata", "instance-data", "instance-data.ec2.internal",
                            "metadata.tencentyun.com"))

_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_PRIVATE = tuple(ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"))
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


#: dots a client or proxy may read as label separators (IDNA): ideographic, full-width, half-width
_DOTS = re.compile("[\u3002\uff0e\uff61]")
_NAME = re.compile(r"^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$")


def normalize_host(host: str | None) -> str | None:
    """``host`` as a client or proxy connects to it; None when it is no valid host at all.

    urllib and HTTP proxies percent-decode a host (``%31%32%37.0.0.1`` is 127.0.0.1), Unicode
    forms are folded (NFKC: full-width digits; ideographic and full-width dots) and names are
    IDNA-encoded; a trailing dot and the case do not matter. An IPv6 literal (with or without
    brackets, ``::ffff:127.0.0.1``) comes back in its compressed form without brackets; one
    that does not parse is invalid. After decoding, a name may hold only letters, digits,
    ``-``, ``_`` and dots. This is the one spelling :func:`judge_host`, :func:`parse_address`,
    :func:`name_kind` and :func:`is_internal_host` judge.
    """
    if host is None:
        return None
    text = host.strip()
    if "%" in text:
        text = unquote(text, errors="strict") if _decodable(text) else ""
    text = _DOTS.sub(".", unicodedata.normalize("NFKC", text)).strip().lower()
    if text.startswith("[") or text.endswith("]") or ":" in text:
        inner = text[1:-1] if text.startswith("[") and text.endswith("]") else text
        try:
            return str(ipaddress.IPv6Address(inner))
        except ValueError:
            return None
    text = text.rstrip(".")
    if not text:
        return None
    if not text.isascii():
        try:
            text = text.encode("idna").decode("ascii").lower()
        except UnicodeError:
            return None
    return text if _NAME.match(text) else None


def _decodable(text: str) -> bool:
    try:
        unquote(text, errors="strict")
    except UnicodeDecodeError:
        return False
    return True


def host_problem(host: str | None) -> str | None:
    """Why ``host`` (of a URL) must never be requested, or None: a percent-encoded host (no real
    site needs one; a proxy decodes it) or one with characters no host may hold after decoding."""
    if host is None:
        return None
    if "%" in host:
        return "a percent-encoded host"
    if normalize_host(host) is None:
        return "not a valid host name or address"
    return None


def url_host_problem(url: str) -> str | None:
    """Why the host of ``url`` is unusable (see :func:`host_problem`), or None.

    Also refused: an authority with a backslash (``http://127.0.0.1\\@facebook.com/``: urllib
    sees the host ``facebook.com``, a browser or proxy ``127.0.0.1``) and an address in
    brackets that does not parse (``[::ffff:127.000.000.001]``).
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is no number
    except ValueError:
        return "an unreadable host or port"
    if "\\" in parts.netloc:
        return "a backslash in the host part"
    if parts.scheme.lower() in ("http", "https") and not host and parts.netloc:
        return "an unreadable host"
    return host_problem(host)


def parse_address(host: str | None) -> IPAddress | None:
    """The address an address literal stands for, in every spelling the system resolver accepts.

    ``ipaddress`` alone knows only the dotted-quad form; ``inet_aton`` (what ``getaddrinfo``
    uses for a numeric host) also reads ``127.1``, ``2130706433``, ``0x7f000001``,
    ``0177.0.0.1`` and ``0x7f.1``. The host is read as :func:`normalize_host` reads it
    (``%31%32%37.0.0.1``, ``１２７.０.０.１``). None for a name or an invalid host.
    """
    if not host:
        return None
    text = normalize_host(host)
    if not text:
        return None
    if ":" in text:
        return ipaddress.IPv6Address(text)
    if any(c not in "0123456789abcdefx." for c in text):
        return None  # inet_aton of glibc ignores anything after a space; a URL host has none
    try:
        return ipaddress.IPv4Address(socket.inet_aton(text))
    except (OSError, ValueError):
        return None


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, compatible, 6to4, NAT64), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64 or address in _NAT64_LOCAL:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if int(address) >> 32 == 0 and int(address) > 1:  # ::a.b.c.d, IPv4-compatible (deprecated)
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def address_kind(address: IPAddress) -> str | None:
    """What kind of internal address ``address`` is (``loopback``, ``private``, ...), None if public."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = _embedded_ipv4(address)
        if inner is not None:
            return address_kind(inner)
    if address in METADATA_ADDRESSES:
        return "cloud-metadata"
    if address.is_loopback:
        return "loopback"
    if address.is_unspecified:
        return "unspecified"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if isinstance(address, ipaddress.IPv4Address) and address in _CGNAT:
        return "shared (CGNAT)"
    if any(address.version == n.version and address in n for n in _PRIVATE):
        return "private"
    if address.is_reserved or address.is_private or not address.is_global:
        return "reserved"  # documentation, benchmarking, 240/4, IETF protocol assignments, ...
    return None


#: Suffixes no public site can have: special-use and private-network names (RFC 6761, RFC 6762
#: ``.local``, RFC 8375 ``home.arpa``, ICANN's ``.internal``, cloud and cluster-internal names).
PRIVATE_NAME_SUFFIXES = (".internal", ".local", ".localdomain", ".lan", ".home.arpa", ".intranet",
                         ".corp", ".svc", ".cluster.local")


#: Public wildcard-DNS services that answer a name with the address written in it
#: (``10.0.0.1.nip.io``, ``169-254-169-254.sslip.io``, ``app-7f000001.nip.io``): the address is
#: judged from the name, since a proxy resolves it where kimwatch cannot look.
EMBEDDED_ADDRESS_DOMAINS = ("nip.io", "sslip.io", "xip.io", "nip.direct", "traefik.me", "backname.io",
                            "localdomain.pw", "ip.addr.tools")

#: Public names whose every answer is the local machine (development helpers).
LOOPBACK_NAME_DOMAINS = ("localtest.me", "lvh.me", "vcap.me", "lacolhost.com", "localho.st", "fuf.me",
                         "127.0.0.1.sslip.io", "readme.localtest.me", "yoogle.com", "ulh.me")

#: DNS-rebinding services: a name that answers one address, then another (``7f000001.c0a80001.rbndr.us``).
#: No public site is served from them; every name under them is refused.
REBINDING_DOMAINS = ("rbndr.us", "rebind.network", "1u.ms", "rebind.it", "lock.cmpxchg8b.com", "rebinder.net")

_DASHED_V4 = re.compile(r"(?:^|[.-])(\d{1,3})[.-](\d{1,3})[.-](\d{1,3})[.-](\d{1,3})$")
_HEX_V4 = re.compile(r"(?:^|[.-])([0-9a-f]{8})$")


def _under(name: str, domains: Iterable[str]) -> str | None:
    return next((d for d in domains if name == d or name.endswith("." + d)), None)


def embedded_address(name: str) -> IPAddress | None:
    """The address a wildcard-DNS name (:data:`EMBEDDED_ADDRESS_DOMAINS`) answers with, or None."""
    domain = _under(name, EMBEDDED_ADDRESS_DOMAINS)
    if not domain or name == domain:
        return None
    label = name[:-len(domain) - 1]
    dashed = _DASHED_V4.search(label)
    if dashed:
        try:
            return ipaddress.IPv4Address(".".join(str(int(part)) for part in dashed.groups()))
        except ValueError:
            return None
    packed = _HEX_V4.search(label)
    if packed:
        return ipaddress.IPv4Address(int(packed.group(1), 16))
    # IPv6 with its colons written as dashes (sslip.io: ``fe80--1``, ``--ffff-a9fe-a9fe``, ``--1``)
    last = label.rsplit(".", 1)[-1]
    if "-" in last:
        try:
            return ipaddress.IPv6Address(last.replace("-", ":"))
        except ValueError:
            return None
    return None


def name_kind(host: str) -> str | None:
    """``loopback`` for the names of the local machine, ``private`` for names only a private
    network can resolve (``metadata.google.internal``, ``printer.local``, ``*.svc``), the kind
    of the address a public wildcard-DNS name spells (``10.0.0.1.nip.io``: ``private``),
    ``loopback`` for public names that always answer the local machine (``localtest.me``),
    ``dns-rebinding`` for rebinding services; None for other names."""
    name = normalize_host(host) or ""
    if name in INTERNAL_NAMES or name.endswith(".localhost"):
        return "loopback"
    if name in METADATA_NAMES:
        return "cloud-metadata"
    if any(name.endswith(suffix) or name == suffix[1:] for suffix in PRIVATE_NAME_SUFFIXES):
        return "private"
    if _under(name, LOOPBACK_NAME_DOMAINS):
        return "loopback"
    if _under(name, REBINDING_DOMAINS):
        return "dns-rebinding"
    spelled = embedded_address(name)
    if spelled is not None:
        return address_kind(spelled)
    return None


@lru_cache(maxsize=4096)
def is_internal_host(host: str | None) -> bool:
    """Whether ``host`` is an internal address literal (any spelling) or a local name; no lookup."""
    if not host:
        return False
    if name_kind(host):
        return True
    address = parse_address(host)
    return address is not None and address_kind(address) is not None


def system_resolve(host: str, port: int) -> list[IPAddress]:
    """Every address the system resolver gives for ``host`` (what a connection would use)."""
    found = []
    for family, _, _, _, sockaddr in socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP):
        if family in (socket.AF_INET, socket.AF_INET6):
            address = parse_address(str(sockaddr[0]))
            if address is not None and address not in found:
                found.append(address)
    return found


def public_target(url: str) -> str:
    """``scheme://host[:port]/…`` of ``url``: what a message may show of a refused target.

    The path and query of an internal URL may hold tokens or keys; they are not repeated in
    channel health, logs or the dump.
    """
    try:
        parts = urlsplit(url)
        netloc = parts.hostname or ""
        if ":" in netloc:
            netloc = f"[{netloc}]"
        if parts.port is not None:
            netloc += f":{parts.port}"
    except ValueError:
        return "(an unreadable URL)"
    return f"{parts.scheme}://{netloc}/…"


class AllowList:
    """The ``ALLOW_INTERNAL`` setting: internal hosts and networks that are meant to be crawled."""

    def __init__(self, entries: Iterable[str] = ()) -> None:
        self.networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        self.names: set[str] = set()
        self.suffixes: list[str] = []
        for raw in entries:
            entry = str(raw).strip().lower().rstrip(".")
            if not entry:
                continue
            try:
                self.networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
                continue
            except ValueError:
                pass
            if entry.startswith("."):
                self.suffixes.append(entry)
            else:
                self.names.add(entry)

    def __bool__(self) -> bool:
        return bool(self.networks or self.names or self.suffixes)

    def allows_name(self, host: str) -> bool:
        name = normalize_host(host) or ""
        if not name:
            return False
        return name in self.names or any(name.endswith(s) or name == s[1:] for s in self.suffixes)

    def allows_address(self, address: IPAddress) -> bool:
        candidates: list[IPAddress] = [address]
        if isinstance(address, ipaddress.IPv6Address) and _embedded_ipv4(address) is not None:
            candidates.append(_embedded_ipv4(address))  # type: ignore[arg-type]
        return any(a.version == n.version and a in n for a in candidates for n in self.networks)


def _host_port(url: str | None) -> tuple[str | None, int]:
    if not url:
        return None, 0
    try:
        parts = urlsplit(url)
        return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return None, 0


#: longest wait (s) for the local resolver when a proxy resolves names anyway
PROXIED_LOOKUP_SECONDS = 3.0

#: host-name lookups waited for at a time
LOOKUPS_AT_ONCE = 32


def _judge_in_thread(host: str, port: int) -> Any:
    """A Deferred firing with :func:`judge_host` on ``host``, resolved in a daemon thread."""
    import threading

    from twisted.internet import defer, reactor

    found: defer.Deferred[Verdict] = defer.Deferred()

    def fire(verdict: Verdict | None, error: BaseException | None) -> None:
        if found.called:  # timed out (cancelled) meanwhile
            return
        if error is not None:
            found.errback(error)
        else:
            found.callback(verdict)  # type: ignore[arg-type]

    def work() -> None:
        try:
            verdict = judge_host(host, port, system_resolve)
        except BaseException as error:  # noqa: BLE001 - handed to the reactor thread
            cast(Any, reactor).callFromThread(fire, None, error)
            return
        cast(Any, reactor).callFromThread(fire, verdict, None)

    threading.Thread(target=work, name=f"kimwatch-lookup-{host}", daemon=True).start()
    return found


#: the kind of a host no client should be sent to (percent-encoded, invalid characters)
INVALID = "invalid"

#: the kinds of internal host a channel may be registered on (it then reaches its own host and port)
_FOLLOWABLE_KINDS = ("loopback", "private", "shared (CGNAT)")


def never_fetched(url: str, allow: AllowList | None = None) -> str | None:
    """Why a channel registered on ``url`` can never be fetched (judged without a lookup), or None:
    the cloud metadata service, a DNS-rebinding name, a link-local, multicast, reserved or
    unspecified address (unless ``allow`` lists it). Loopback and private hosts may be
    registered on purpose (an intranet site)."""
    host, port = _host_port(url)
    if not host:
        return None
    verdict = judge_host(host, port, None)
    if verdict.kind is None or verdict.kind in _FOLLOWABLE_KINDS:
        return None
    return refusal(url, verdict, allow or AllowList(), [verdict])


def registered_internal(url: str, allow: AllowList | None = None) -> str | None:
    """What a channel registered on an internal host that may be crawled (loopback, private,
    CGNAT; judged without a lookup) is allowed, or None for a public host or one ``allow`` lists:
    said at ``registry load``, so that a test or demo address left in a registry is seen."""
    host, port = _host_port(url)
    if not host:
        return None
    verdict = judge_host(host, port, None)
    allow = allow or AllowList()
    if verdict.kind not in _FOLLOWABLE_KINDS or allow.allows_name(host) or (
            verdict.addresses and all(allow.allows_address(a) for a in verdict.addresses)):
        return None
    return (f"{public_target(url)} is an internal address ({verdict.kind}), allowed only for this channel's own "
            "host and port: nothing else of the server's network is fetched from it, and a public link or "
            "redirect never leads there (list intranet hosts meant to be crawled in the allow_internal crawl setting)")


class Verdict:
    """What the guard found for one host: its internal addresses and their kind."""

    def __init__(self, host: str, kind: str | None, addresses: Sequence[IPAddress] = (),
                 unresolved: str | None = None, port: int = 0) -> None:
        self.host = host
        self.kind = kind
        self.addresses = list(addresses)
        self.unresolved = unresolved  # why the name could not be resolved here (None: it was)
        self.port = port  # the port judged with the host (0: unknown, the same as no other port)

    def same_place(self, host: str, port: int, addresses: Sequence[IPAddress] = ()) -> bool:
        """Whether ``host:port`` is this verdict's host and port (the host in another spelling,
        or a name resolving to this address, included)."""
        if not self.port or self.port != port:
            return False
        if normalize_host(self.host) == normalize_host(host):
            return True
        return bool(set(self.addresses) & set(addresses))


def judge_host(host: str, port: int, resolve: Callable[[str, int], list[IPAddress]] | None) -> Verdict:
    """The :class:`Verdict` on ``host``; names are resolved with ``resolve`` (None: not resolved).

    The host is judged as a client or proxy would connect to it (:func:`normalize_host`); a
    percent-encoded or otherwise invalid host is ``invalid`` and always refused.
    """
    if host_problem(host):
        return Verdict(host, INVALID, port=port)
    kind = name_kind(host)
    if kind:
        return Verdict(host, kind, port=port)
    address = parse_address(host)
    if address is not None:
        return Verdict(host, address_kind(address), [address], port=port)
    if resolve is None:
        return Verdict(host, None, port=port)
    try:
        addresses = resolve(normalize_host(host) or host, port)
    except (OSError, UnicodeError) as error:
        return Verdict(host, None, unresolved=str(error) or type(error).__name__, port=port)
    if not addresses:
        return Verdict(host, None, unresolved="no address", port=port)
    kinds = [k for k in (address_kind(a) for a in addresses) if k]
    return Verdict(host, kinds[0] if kinds else None, addresses, port=port)


def refusal(url: str, target: Verdict, allow: AllowList, origins: Sequence[Verdict]) -> str | None:
    """Why a request for ``url`` (host judged ``target``) must not be sent, or None when it may.

    ``origins`` are the verdicts on where its chain started (the channel's registered URLs).
    """
    if target.kind is None:
        return None
    if target.kind == INVALID:
        return (f"refused {public_target(url)}: {host_problem(target.host) or 'an invalid host'}, which a "
                "client or proxy reads as another host and may hide an internal address (no public site needs one)")
    shown = ", ".join(str(a) for a in target.addresses[:3])
    where = f"{shown} ({target.kind})" if shown and shown != target.host.strip("[]") else target.kind
    if target.kind == "cloud-metadata":
        # never fetched, whatever allow_internal or the registry says: it hands out the server's keys
        return (f"refused {public_target(url)}: it is {where}, an internal address: the cloud metadata "
                "service of the server's network, which kimwatch never fetches (no setting allows it)")
    if target.kind == "dns-rebinding":
        return (f"refused {public_target(url)}: its name is on a DNS-rebinding service (it answers one address, "
                "then another, to slip past checks like this one); no public site is served from one")
    if allow.allows_name(target.host) or (target.addresses and all(allow.allows_address(a) for a in target.addresses)):
        return None
    _, port = _host_port(url)
    internal_origin = False
    for origin in origins:
        if origin.kind is None:
            continue
        internal_origin = True
        if target.kind not in _FOLLOWABLE_KINDS:
            if normalize_host(origin.host) == normalize_host(target.host):
                # link-local, multicast, reserved: no intranet site lives there, registered or not
                return (f"refused {public_target(url)}: it is {where}, an internal address no registered "
                        "channel may reach (only loopback, private and CGNAT hosts may be registered; list it "
                        "in the allow_internal crawl setting if it really is a site meant to be crawled)")
            continue
        if origin.same_place(target.host, port, target.addresses):
            return None  # the registered intranet host itself, on its own port: nothing else of its kind
    if internal_origin:
        return (f"refused {public_target(url)}: it is {where}, an internal address other than the host and "
                "port the channel is registered on (a channel on an internal address reaches only its own "
                "host and port; list others in the allow_internal crawl setting if they are meant to be crawled)")
    return (f"refused {public_target(url)}: it is {where}, an internal address reached from a public "
            "channel or link (list it in the allow_internal crawl setting if it is an intranet site meant "
            "to be crawled)")


def chain_refusal(url: str, target: Verdict, hops: Sequence[Verdict | None], origins: Sequence[Verdict | None],
                  allow: AllowList) -> str | None:
    """Why ``url`` (host judged ``target``), reached through the redirect ``hops`` before it, may
    not be requested for a chain that started at ``origins`` (the registered channel URLs whose
    link it follows), or None: the crawl's rule, shared by the crawl, self-report imports and
    verification. A hop on a public host ends any exemption the origins gave (what a third
    party's host redirects to is that party's choice)."""
    through_public = any(hop is not None and hop.kind is None for hop in hops)
    judged = [] if through_public else [o for o in origins if o is not None]
    return refusal(url, target, allow, judged)


def url_refusal(url: str, origins: Iterable[str] = (), hops: Sequence[str] = (), allow: AllowList | None = None,
                resolve: Callable[[str, int], list[IPAddress]] | None = None) -> str | None:
    """:func:`chain_refusal` for code outside Scrapy (self-report imports and verification): why
    ``url`` may not be requested, or None. ``origins`` are the URLs of the channels the link
    belongs to (a KIM's registered channels), ``hops`` the URLs redirected from to reach it;
    names are resolved with ``resolve`` (default :func:`system_resolve`), origins and hops only
    when ``url`` is internal."""
    resolve = resolve or system_resolve
    problem = url_host_problem(url)
    if problem:
        return (f"refused {public_target(url)}: {problem}, which a client or proxy reads as another host "
                "and may hide an internal address (no public site needs one)")
    host, port = _host_port(url)
    if not host:
        return f"refused {public_target(url)}: no host"
    target = judge_host(host, port, resolve)
    if target.kind is None:
        return None

    def judge(other: str) -> Verdict | None:
        other_host, other_port = _host_port(other)
        return judge_host(other_host, other_port, resolve) if other_host else None

    return chain_refusal(url, target, [judge(h) for h in hops], [judge(o) for o in origins], allow or AllowList())


#: ``request.meta`` key: whether the request went to an internal address (allowed: a channel's
#: own intranet host, or ``ALLOW_INTERNAL``); its answer is then never quoted in a message
INTERNAL_ANSWER = "kimwatch_internal_answer"


class InternalAddressMiddleware:
    """Downloader middleware: no request to an internal address from a public starting point."""

    def __init__(self, crawler: Any, allow: AllowList | None = None, https_via_http: bool = True,
                 dns_timeout: float = 15.0) -> None:
        self.crawler = crawler
        self.allow = allow or AllowList()
        self.https_via_http = https_via_http
        self.dns_timeout = dns_timeout
        self.lookups: Any = None  # a DeferredSemaphore, made once the reactor runs
        self.verdicts: dict[tuple[str, int], Verdict] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> InternalAddressMiddleware:
        from scrapy import signals

        settings = crawler.settings
        middleware = cls(crawler, AllowList(settings.getlist("ALLOW_INTERNAL")),
                         settings.getbool("HTTPS_VIA_HTTP_PROXY", True), settings.getfloat("DNS_TIMEOUT", 15.0))
        crawler.signals.connect(middleware.response_downloaded, signal=signals.response_downloaded)
        return middleware

    def response_downloaded(self, response: Any, request: Request, spider: Any = None) -> None:
        """A redirect to a host no client may be sent to is refused before it is followed.

        Scrapy cannot even make a request of some (``http://[::ffff:127.000.000.001]:8099/``:
        a ``ValueError`` in the redirect middleware, recorded as an error instead of
        ``refused``). Such a ``Location`` is taken off the answer (the redirect middleware then
        leaves it alone) and :meth:`process_response` refuses it.
        """
        if not 300 <= getattr(response, "status", 0) < 400 or b"Location" not in response.headers:
            return
        location = response.headers.get(b"Location") or b""
        target = location.decode("latin-1").strip()
        try:
            target = urljoin(request.url, target)
        except ValueError:
            pass
        problem = url_host_problem(target)
        if not problem and without_credentials(target) != target:
            # a ``user:pass@`` (or ``127.0.0.1:8099@``) before the host: RFC 9110 deprecates it
            # and a client must not send it on. It is dropped (the hop goes to the host the URL
            # names), so it never reaches the site, a proxy's request line or its logs, nor a
            # channel's note: a naive proxy or log parser would read the part before the ``@``
            # as the host
            response.headers[b"Location"] = without_credentials(target).encode("latin-1", "replace")
            log.info("redirect from %s: the user part of its target dropped", request.url)
        elif problem:
            del response.headers[b"Location"]
            request.meta["kimwatch_refused_redirect"] = (
                f"refused {public_target(target)}: redirect to {problem}, which a client or proxy reads as "
                "another host and may hide an internal address (no public site needs one)")

    def process_response(self, request: Request, response: Any, spider: Any = None) -> Any:
        reason = request.meta.pop("kimwatch_refused_redirect", None)
        if reason:
            from scrapy.exceptions import IgnoreRequest

            log.warning("%s", reason)
            raise IgnoreRequest(reason)
        return response

    def origins(self, request: Request) -> list[str]:
        """Where the request's chain started: the channel's registered URLs, else its first URL."""
        spider = getattr(self.crawler, "spider", None)
        run = (getattr(spider, "runs", None) or {}).get(request.meta.get("channel_id"))
        if run is not None:
            return [u for u in (run.channel.get("url"), run.channel.get("via")) if u]
        redirects = request.meta.get("redirect_urls") or []
        return [redirects[0] if redirects else request.url]

    def proxied(self, url: str) -> bool:
        """Whether ``url`` goes through a proxy from the environment (which then resolves names)."""
        scheme = url.split(":", 1)[0].lower()
        proxies = getproxies()
        if scheme not in proxies and not (scheme == "https" and self.https_via_http and "http" in proxies):
            return False
        host, _ = _host_port(url)
        return not (host and bypasses_proxy(url))

    async def judge(self, url: str) -> Verdict | None:
        """The verdict on ``url``'s host (looked up once per crawl)."""
        host, port = _host_port(url)
        if not host:
            return None
        key = (host.lower(), port)
        found = self.verdicts.get(key)
        if found is None:
            if host_problem(host) or name_kind(host) or parse_address(host) is not None:
                found = judge_host(host, port, None)
            else:
                found = await self.lookup(host, port, self.proxied(url))
            self.verdicts[key] = found
        return found

    async def lookup(self, host: str, port: int, proxied: bool) -> Verdict:
        """Resolve ``host`` in a thread, waiting at most ``DNS_TIMEOUT`` — or, through a proxy,
        :data:`PROXIED_LOOKUP_SECONDS`: on an office network whose own resolver knows no outside
        names (or never answers), the proxy resolves them, and no host may wait long for it.

        Lookups run in their own daemon threads, at most :data:`LOOKUPS_AT_ONCE` waited for at a
        time, not in the reactor's thread pool: lookups hanging there would starve Scrapy's own
        resolver (the proxy's address included), and a hung thread must not delay the exit.
        """
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import defer, reactor

        timeout = PROXIED_LOOKUP_SECONDS if proxied else self.dns_timeout
        if self.lookups is None:
            self.lookups = defer.DeferredSemaphore(LOOKUPS_AT_ONCE)

        def start() -> defer.Deferred[Verdict]:
            found: defer.Deferred[Verdict] = _judge_in_thread(host, port)
            found.addTimeout(timeout, reactor)
            return found

        try:
            return await maybe_deferred_to_future(self.lookups.run(start))
        except defer.TimeoutError:
            return Verdict(host, None, unresolved=f"no answer from the resolver within {timeout:g} s")

    async def process_request(self, request: Request, spider: Any = None) -> None:
        from scrapy.exceptions import IgnoreRequest

        refused, target = await self.verdict(request)
        if refused:
            log.warning("%s", refused)
            raise IgnoreRequest(refused)
        request.meta[INTERNAL_ANSWER] = target is not None and target.kind is not None
        if target is None:
            return
        if target.kind is None and target.unresolved is not None and not self.proxied(request.url):
            from twisted.internet.error import DNSLookupError

            raise DNSLookupError(f"DNS lookup failed for {target.host}: {target.unresolved}")
        self.pin(target)

    async def verdict(self, request: Request) -> tuple[str | None, Verdict | None]:
        """Why ``request`` must not be sent (None when it may), and the verdict on its host."""
        problem = url_host_problem(request.url)
        if problem:
            return (f"refused {public_target(request.url)}: {problem}, which a client or proxy reads as "
                    "another host and may hide an internal address (no public site needs one)"), None
        target = await self.judge(request.url)
        if target is None or target.kind is None:
            return None, target
        hops = [await self.judge(hop) for hop in request.meta.get("redirect_urls") or []]
        origins = [await self.judge(o) for o in self.origins(request)]
        return chain_refusal(request.url, target, hops, origins, self.allow), target

    @staticmethod
    def pin(target: Verdict) -> None:
        """Make the download connect to the address that was checked, not to a second lookup's."""
        ipv4 = [a for a in target.addresses if isinstance(a, ipaddress.IPv4Address)]
        if ipv4 and parse_address(target.host) is None:
            from scrapy.resolver import dnscache

            dnscache[target.host] = str(ipv4[0])

"""Source readers against recorded feeds and pages in tests/fixtures/feeds/."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.models import SourceKind, SourceSpec
from bot.core.sources import parse_items
from bot.core.sources.feed import parse_feed
from bot.core.sources.identity import domain_of, normalise_link, title_key
from bot.core.sources.json_api import parse_json, parse_timestamp
from bot.core.sources.page import check_selector, html_to_text, parse_page
from bot.errors import ParseError, UserError

FEEDS = Path(__file__).parent.parent / "fixtures" / "feeds"


def fixture(name: str) -> bytes:
    return (FEEDS / name).read_bytes()


# --- feeds ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content_type", "first_title", "first_link", "first_published"),
    [
        (
            "rss091.xml",
            "application/rss+xml",
            "Sora 2 rumoured for spring",
            "https://news.example.com/sora-2-rumour",
            None,
        ),
        (
            "rss10.rdf",
            "application/rdf+xml",
            "OpenAI confirms Sora 2 launch date",
            "https://rdf.example.org/a",
            datetime(2025, 9, 30, 15, 0, tzinfo=UTC),
        ),
        (
            "rss20.xml",
            "application/rss+xml; charset=utf-8",
            "Sora 2 is out now",
            "https://press.example.com/2025/sora-2-out?utm_source=rss",
            datetime(2025, 9, 30, 16, 5, tzinfo=UTC),
        ),
        (
            "atom.xml",
            "application/atom+xml",
            "Sora 2 hands-on",
            "https://blog.example.net/posts/sora-2-hands-on",
            datetime(2025, 10, 1, 12, 30, tzinfo=UTC),
        ),
        (
            "jsonfeed11.json",
            "application/feed+json",
            "Sora 2 confirmed for next week",
            "https://json.example.com/posts/1",
            datetime(2025, 9, 25, 17, 0, tzinfo=UTC),
        ),
        (
            "jsonfeed10.json",
            "application/json",
            "Version one item",
            "https://v1.example.com/a",
            datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC),
        ),
    ],
)
def test_each_feed_format_reads_its_first_item(
    name: str,
    content_type: str,
    first_title: str,
    first_link: str,
    first_published: datetime | None,
) -> None:
    items = parse_feed(fixture(name), content_type, "https://base.example.com/feed")

    assert items
    assert items[0].title == first_title
    assert items[0].link == first_link
    assert items[0].published == first_published
    for item in items:
        assert item.published is None or item.published.tzinfo is UTC


def test_rss_summary_is_plain_text_without_scripts() -> None:
    items = parse_feed(fixture("rss20.xml"), "application/rss+xml", "https://press.example.com/")

    assert items[0].summary == "OpenAI released Sora 2 today. It is available in the app."
    assert items[0].guid == "press-1234"
    assert items[1].summary == "Full article body."  # from content:encoded


def test_relative_item_links_are_made_absolute_against_the_feed_url() -> None:
    items = parse_feed(fixture("rss091.xml"), "application/rss+xml", "https://news.example.com/rss")

    assert items[1].link == "https://news.example.com/reviews/gadget"


def test_untitled_items_take_their_text_as_title() -> None:
    rss = parse_feed(fixture("rss20.xml"), "application/rss+xml", "https://press.example.com/")
    jsonfeed = parse_feed(fixture("jsonfeed11.json"), "application/feed+json", "https://j.test/")

    assert rss[2].title == "An item without a title, as RSS 2.0 allows."
    assert jsonfeed[1].title == "A microblog post without a title about Sora 2."
    assert jsonfeed[1].guid == "2"  # numeric ids are kept as text


def test_atom_html_title_and_xhtml_content_become_text() -> None:
    items = parse_feed(fixture("atom.xml"), "application/atom+xml", "https://blog.example.net/")

    assert items[0].summary == "We tried it."
    assert items[1].summary == "XHTML content."
    assert items[1].published == datetime(2025, 9, 1, 12, 0, tzinfo=UTC)  # from <updated>


@pytest.mark.parametrize("content_type", ["text/xml", "application/rss+xml", ""])
def test_latin1_feed_with_declared_encoding_keeps_its_accents(content_type: str) -> None:
    items = parse_feed(fixture("latin1.xml"), content_type, "https://cafe.example.fr/rss")

    assert items[0].title == "Sora 2 arrive en Europe : déjà disponible à Zürich"
    assert items[0].summary == "Résumé : « disponible » dès aujourd'hui."


def test_json_feed_detected_by_its_body_whatever_the_content_type() -> None:
    items = parse_feed(fixture("jsonfeed11.json"), "text/plain", "https://json.example.com/")

    assert [item.guid for item in items] == ["1", "2", "3"]
    assert items[2].link == "https://elsewhere.example.org/story"  # external_url


def test_markup_is_stripped_from_html_text_only() -> None:
    rss = (
        b'<rss version="2.0"><channel><title>t</title><item>'
        b"<title>Sora &lt;b&gt;2&lt;/b&gt; out</title><description>a &amp;lt; b</description>"
        b"</item></channel></rss>"
    )
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry>'
        b'<title type="text">Use the &lt;video&gt; tag</title><id>urn:x</id>'
        b"<summary>1 &lt; 2</summary></entry></feed>"
    )

    [from_rss] = parse_feed(rss, "application/rss+xml", "https://x.test/")
    [from_atom] = parse_feed(atom, "application/atom+xml", "https://x.test/")

    assert (from_rss.title, from_rss.summary) == ("Sora 2 out", "a < b")
    assert (from_atom.title, from_atom.summary) == ("Use the <video> tag", "1 < 2")


def test_rss_labelled_as_json_is_still_read_as_rss() -> None:
    items = parse_feed(fixture("rss20.xml"), "application/json", "https://press.example.com/")

    assert items[0].title == "Sora 2 is out now"


def test_json_feed_with_byte_order_mark() -> None:
    feed = {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "BOM"}]}
    body = b"\xef\xbb\xbf" + json.dumps(feed).encode()

    [item] = parse_feed(body, "text/plain", "https://x.test/")

    assert item.title == "BOM"


def test_summary_is_capped() -> None:
    long_text = "word " * 2000
    rss = (
        '<rss version="2.0"><channel><title>t</title><item><title>Long</title>'
        f"<description>{long_text}</description></item></channel></rss>"
    )

    [item] = parse_feed(rss.encode(), "application/rss+xml", "https://long.test/")

    assert 1900 <= len(item.summary) <= 2000
    assert item.summary.endswith("…")


def test_huge_feed_parses_every_item() -> None:
    entries = "".join(
        f"<item><title>Item {n}</title><link>https://big.test/{n}</link>"
        f'<guid isPermaLink="false">big-{n}</guid>'
        f"<description>&lt;p&gt;Body {n}&lt;/p&gt;</description></item>"
        for n in range(5000)
    )
    rss = f'<rss version="2.0"><channel><title>Big</title>{entries}</channel></rss>'

    items = parse_feed(rss.encode(), "application/rss+xml", "https://big.test/feed")

    assert len(items) == 5000
    assert items[4999].guid == "big-4999"
    assert items[4999].summary == "Body 4999"


def test_valid_feed_without_items_is_empty_not_an_error() -> None:
    rss = b'<rss version="2.0"><channel><title>New</title></channel></rss>'

    assert parse_feed(rss, "application/rss+xml", "https://new.test/") == []


@pytest.mark.parametrize("body", [b"", b"   \n\t"])
def test_empty_body_is_reported(body: bytes) -> None:
    with pytest.raises(ParseError, match="empty body: the source returned nothing"):
        parse_feed(body, "application/rss+xml", "https://empty.test/")


def test_malformed_xml_without_entries_is_reported() -> None:
    with pytest.raises(ParseError, match="not a valid RSS or Atom feed") as caught:
        parse_feed(fixture("malformed.xml"), "application/rss+xml", "https://broken.test/")

    assert "Traceback" not in str(caught.value)


def test_xml_that_is_not_a_feed_is_reported() -> None:
    with pytest.raises(ParseError, match="not a valid RSS or Atom feed"):
        parse_feed(b"<config><a/></config>", "application/xml", "https://xml.test/")


def test_html_instead_of_a_feed_names_the_advertised_feed() -> None:
    with pytest.raises(ParseError) as caught:
        parse_feed(fixture("not_a_feed.html"), "text/html", "https://news.example.com/blog/")

    message = str(caught.value)
    assert message.startswith("got an HTML page, not a feed")
    assert "https://news.example.com/feeds/news.xml" in message


def test_html_without_feed_link_says_what_to_do() -> None:
    page = b"<!-- hi --><html><body><p>Nothing</p></body></html>"

    with pytest.raises(ParseError) as caught:
        parse_feed(page, "application/rss+xml", "https://x.test/")

    assert str(caught.value) == (
        "got an HTML page, not a feed: use kind=page with a selector, or find the page's RSS link"
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"data": [1, 2]}', "not a JSON Feed"),
        (b"[1, 2, 3]", "not a JSON Feed"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": 3}', "without an items"),
        (b"{not json", "invalid JSON"),
    ],
)
def test_json_that_is_not_a_json_feed_is_reported(body: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_feed(body, "application/json", "https://api.test/")


# --- pages ---------------------------------------------------------------------------


def test_page_items_ignore_script_and_style_and_have_absolute_links() -> None:
    items = parse_page(
        fixture("page.html"), "text/html", "https://news.example.com/about/", ".news-item"
    )

    assert [(item.title, item.summary, item.link) for item in items] == [
        (
            "Sora 2 launches today",
            "Available in the app from 10:00 UTC.",
            "https://news.example.com/news/sora-2-launch",
        ),
        ("Roadmap update", "See the roadmap.", "https://elsewhere.example.org/roadmap"),
        ("Wrapped item", "", "https://news.example.com/news/wrapped"),  # link around it
    ]
    for item in items:
        assert "fake" not in item.title + item.summary
        assert "hidden" not in item.summary
        assert "JavaScript" not in item.summary
        assert item.guid.startswith("page:")


def test_page_item_without_link_points_at_the_page() -> None:
    page = b"<html><body><div class='n'>No link here</div></body></html>"

    [item] = parse_page(page, "text/html", "https://p.test/news", ".n")

    assert item.link == "https://p.test/news"


def test_page_base_href_is_honoured() -> None:
    page = (
        b"<html><head><base href='https://cdn.test/site/'></head>"
        b"<body><p class='n'><a href='x'>X</a></p></body></html>"
    )

    [item] = parse_page(page, "text/html", "https://p.test/news", ".n")

    assert item.link == "https://cdn.test/site/x"


def test_changed_page_text_is_a_new_item_and_same_text_is_not() -> None:
    before = b"<html><body><p class='n'>Sora 2 is coming</p></body></html>"
    after = b"<html><body><p class='n'>Sora 2 is out</p></body></html>"

    [first] = parse_page(before, "text/html", "https://p.test/", ".n")
    [again] = parse_page(before, "text/html", "https://p.test/", ".n")
    [changed] = parse_page(after, "text/html", "https://p.test/", ".n")

    assert first.guid == again.guid
    assert changed.guid != first.guid


def test_page_charset_from_http_header_and_from_meta() -> None:
    text = "<html><body><p class='n'>Déjà vu à Zürich</p></body></html>"
    meta = "<html><head><meta charset='iso-8859-1'></head><body><p class='n'>Déjà vu</p></body>"

    [by_header] = parse_page(
        text.encode("latin-1"), "text/html; charset=ISO-8859-1", "https://p.test/", ".n"
    )
    [by_meta] = parse_page(meta.encode("latin-1"), "text/html", "https://p.test/", ".n")
    [utf8] = parse_page(text.encode(), "text/html", "https://p.test/", ".n")

    assert by_header.title == "Déjà vu à Zürich"
    assert by_meta.title == "Déjà vu"
    assert utf8.title == "Déjà vu à Zürich"


def test_long_page_text_is_split_into_title_and_summary() -> None:
    words = " ".join(f"w{n}" for n in range(200))
    page = f"<html><body><div class='n'>{words}</div></body></html>".encode()

    [item] = parse_page(page, "text/html", "https://p.test/", ".n")

    assert len(item.title) <= 300
    assert item.title.endswith("…")
    assert (item.title[:-1] + " " + item.summary).split() == words.split()


def test_selector_matching_nothing_says_how_to_check_it() -> None:
    with pytest.raises(ParseError) as caught:
        parse_page(fixture("page.html"), "text/html", "https://news.example.com/", ".missing")

    assert str(caught.value) == (
        "selector '.missing' matched nothing on the page; check it with "
        "`sora-bot sources test https://news.example.com/ --selector ...`"
    )


@pytest.mark.parametrize("selector", ["div[", "a >> b", "::nope", "  "])
def test_invalid_selector_is_a_user_error(selector: str) -> None:
    with pytest.raises(UserError, match="CSS selector"):
        check_selector(selector)


@pytest.mark.parametrize("selector", ["article h2", ".news-item", "ul > li:nth-child(2n+1) a"])
def test_valid_selector_passes(selector: str) -> None:
    check_selector(selector)


def test_html_to_text_spaces_blocks_but_not_inline_markup() -> None:
    assert html_to_text("<p>Sor<b>a</b> 2</p><p>is&nbsp;out</p>") == "Sora 2 is out"
    assert html_to_text("plain   text\n here") == "plain text here"


# --- JSON APIs -----------------------------------------------------------------------

API_FIELDS = {
    "title": "headline",
    "summary": "body",
    "link": "link.href",
    "guid": "key",
    "published": "ts",
}


def test_json_api_maps_fields_and_skips_untitled_items() -> None:
    items = parse_json(fixture("api.json"), "https://api.example.com/v1/", "data.items", API_FIELDS)

    assert [(i.title, i.link, i.guid) for i in items] == [
        ("Sora 2 rumour roundup", "https://api.example.com/stories/1", "101"),
        ("Sora 2 confirmed", "https://api.example.com/stories/2", "102"),
        ("Dated in RFC 2822", "", "104"),
    ]
    assert items[0].summary == "What we know."
    assert [i.published for i in items] == [
        datetime(2025, 9, 30, 16, 0, tzinfo=UTC),  # unix seconds
        datetime(2025, 9, 30, 12, 0, tzinfo=UTC),  # ISO 8601
        datetime(2025, 9, 30, 14, 5, tzinfo=UTC),  # RFC 2822
    ]


def test_json_api_default_field_names() -> None:
    body = json.dumps(
        [
            {"title": "A", "description": "d", "link": "/a", "id": 1, "date": "2025-01-01"},
            {"title": "B", "summary": "s", "url": "https://b.test/", "published": 0},
        ]
    ).encode()

    items = parse_json(body, "https://api.test/list", None, {})

    assert [(i.title, i.summary, i.link, i.guid) for i in items] == [
        ("A", "d", "https://api.test/a", "1"),
        ("B", "s", "https://b.test/", ""),
    ]
    assert items[0].published == datetime(2025, 1, 1, tzinfo=UTC)
    assert items[1].published == datetime(1970, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("body", "path", "fields", "message"),
    [
        (b"{oops", "data", {}, "invalid JSON at line 1 column 2"),
        (b"", "data", {}, "empty body"),
        (
            b'{"data": {"list": []}}',
            "data.items",
            {},
            "no 'items' under 'data' \\(keys there: list\\)",
        ),
        (b'{"data": []}', "feed", {}, "no 'feed' at the top level \\(keys there: data\\)"),
        (b'{"data": {"a": 1}}', "data", {}, "item_path 'data' is an object, not a list"),
        (b'{"data": []}', None, {}, "the top level is an object, not a list"),
        (b'[{"name": "x"}]', None, {}, "no item has a title at 'title'.*first item has: name"),
        (b"[]", None, {"headline": "title"}, "unknown field name"),
    ],
)
def test_json_api_errors_say_what_to_fix(
    body: bytes, path: str | None, fields: dict[str, str], message: str
) -> None:
    with pytest.raises(ParseError, match=message):
        parse_json(body, "https://api.test/", path, fields)


def test_json_api_list_index_in_path() -> None:
    body = b'{"pages": [{"rows": [{"title": "Deep"}]}]}'

    [item] = parse_json(body, "https://api.test/", "pages.0.rows", {})

    assert item.title == "Deep"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1759248000, datetime(2025, 9, 30, 16, 0, tzinfo=UTC)),
        ("1759248000", datetime(2025, 9, 30, 16, 0, tzinfo=UTC)),
        (1759248000000, datetime(2025, 9, 30, 16, 0, tzinfo=UTC)),  # milliseconds
        ("2025-09-30T18:00:00+02:00", datetime(2025, 9, 30, 16, 0, tzinfo=UTC)),
        ("2025-09-30T16:00:00Z", datetime(2025, 9, 30, 16, 0, tzinfo=UTC)),
        ("2025-09-30 16:00", datetime(2025, 9, 30, 16, 0, tzinfo=UTC)),
        ("Tue, 30 Sep 2025 16:00:00 GMT", datetime(2025, 9, 30, 16, 0, tzinfo=UTC)),
        ("next tuesday", None),
        ("", None),
        (None, None),
        (True, None),
        ({"a": 1}, None),
        (10**20, None),
    ],
)
def test_parse_timestamp(value: object, expected: datetime | None) -> None:
    assert parse_timestamp(value) == expected


# --- dispatch ------------------------------------------------------------------------


def test_parse_items_dispatches_on_kind() -> None:
    feed = SourceSpec(url="https://press.example.com/rss")
    page = SourceSpec(url="https://news.example.com/", kind=SourceKind.PAGE, selector="h2")
    api = SourceSpec(
        url="https://api.example.com/v1/",
        kind=SourceKind.JSON,
        item_path="data.items",
        fields=tuple(API_FIELDS.items()),
    )

    assert parse_items(feed, fixture("rss20.xml"), "application/rss+xml", feed.url)[0].title == (
        "Sora 2 is out now"
    )
    assert [i.title for i in parse_items(page, fixture("page.html"), "text/html", page.url)] == [
        "Sora 2 launches today",
        "Roadmap update",
    ]
    assert parse_items(api, fixture("api.json"), "application/json", api.url)[0].guid == "101"


def test_page_source_without_selector_is_reported() -> None:
    spec = SourceSpec(url="https://p.test/", kind=SourceKind.PAGE)

    with pytest.raises(ParseError, match="needs a CSS selector"):
        parse_items(spec, b"<p>x</p>", "text/html", spec.url)


# --- identity ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Example.COM:443/News/?b=2&a=1#top", "https://example.com/News?a=1&b=2"),
        ("http://example.com:80/", "http://example.com"),
        ("http://example.com:8080/x/", "http://example.com:8080/x"),
        (
            "https://e.com/a?utm_source=rss&utm_Medium=x&fbclid=1&gclid=2&id=7",
            "https://e.com/a?id=7",
        ),
        ("https://e.com/a?q=&z=1", "https://e.com/a?q=&z=1"),
        ("https://[2001:DB8::1]:443/p", "https://[2001:db8::1]/p"),
        ("  https://e.com/a  ", "https://e.com/a"),
        ("not a url", "not a url"),
        ("", ""),
    ],
)
def test_normalise_link(url: str, expected: str) -> None:
    assert normalise_link(url) == expected


def test_two_shares_of_one_link_agree() -> None:
    assert normalise_link("https://www.e.com/p/?utm_campaign=x#c") == normalise_link(
        "https://WWW.e.com/p"
    )


def test_title_key_ignores_case_punctuation_and_spacing() -> None:
    assert title_key("Sora 2 — Released!") == title_key("  sora 2: released ")
    assert title_key("Sora 2 released") != title_key("Sora 3 released")
    assert len(title_key("x")) == 40


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.Example.com/a", "example.com"),
        ("https://blog.example.com:8443/", "blog.example.com"),
        ("http://wwwx.example.com", "wwwx.example.com"),
        ("no host", ""),
    ],
)
def test_domain_of(url: str, expected: str) -> None:
    assert domain_of(url) == expected

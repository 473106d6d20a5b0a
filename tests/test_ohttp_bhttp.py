"""Binary HTTP (RFC 9292): the RFC's examples byte for byte, round trips, padding, truncation, invalid messages."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edge.ohttp import OhttpError, Request, Response, decode_request, decode_response, encode_request, encode_response

# RFC 9292 §5.1, "Known-Length Binary Encoding of Request" (hex from the RFC's figure).
RFC9292_KNOWN_LENGTH_REQUEST = bytes.fromhex(
    "0003474554056874747073000a2f68656c6c6f2e747874406c0a757365722d6167656e74346375726c2f372e31362e33206c6962"
    "6375726c2f372e31362e33204f70656e53534c2f302e392e376c207a6c69622f312e322e3304686f73740f7777772e6578616d70"
    "6c652e636f6d0f6163636570742d6c616e677561676506656e2c206d690000"
)
# RFC 9292 §5.1, "Indeterminate-Length Binary Encoding of Request", with its 10 bytes of padding.
RFC9292_INDETERMINATE_REQUEST = bytes.fromhex(
    "0203474554056874747073000a2f68656c6c6f2e7478740a757365722d6167656e74346375726c2f372e31362e33206c69626375"
    "726c2f372e31362e33204f70656e53534c2f302e392e376c207a6c69622f312e322e3304686f73740f7777772e6578616d706c65"
    "2e636f6d0f6163636570742d6c616e677561676506656e2c206d6900000000000000000000000000"
)
RFC9292_REQUEST = Request(
    "GET",
    "https",
    "",
    "/hello.txt",
    headers=(
        ("user-agent", "curl/7.16.3 libcurl/7.16.3 OpenSSL/0.9.7l zlib/1.2.3"),
        ("host", "www.example.com"),
        ("accept-language", "en, mi"),
    ),
)
# RFC 9292 §5.2, "Binary Response, including Informational Responses" (102 and 103, then 200).
RFC9292_INFORMATIONAL_RESPONSE = bytes.fromhex(
    "0340660772756e6e696e670a22736c65657020313522004067046c696e6b233c2f7374796c652e6373733e3b2072656c3d707265"
    "6c6f61643b2061733d7374796c65046c696e6b243c2f7363726970742e6a733e3b2072656c3d7072656c6f61643b2061733d7363"
    "726970740040c804646174651d4d6f6e2c203237204a756c20323030392031323a32383a353320474d5406736572766572064170"
    "616368650d6c6173742d6d6f6469666965641d5765642c203232204a756c20323030392031393a31353a353620474d5404657461"
    "671422333461613338372d642d3135363865623030220d6163636570742d72616e6765730562797465730e636f6e74656e742d6c"
    "656e67746802353104766172790f4163636570742d456e636f64696e670c636f6e74656e742d747970650a746578742f706c6169"
    "6e003348656c6c6f20576f726c6421204d7920636f6e74656e7420696e636c75646573206120747261696c696e672043524c462e"
    "0d0a0000"
)
# RFC 9292 §5.2, "Known-Length Encoding of Response" (the chunked example, with a trailer).
RFC9292_KNOWN_LENGTH_RESPONSE = bytes.fromhex(
    "0140c8001d5468697320636f6e74656e7420636f6e7461696e732043524c462e0d0a0d07747261696c65720474657874"
)
# RFC 9458 Appendix A: the inner request and response, both truncated after their control data.
RFC9458_REQUEST = bytes.fromhex("00034745540568747470730b6578616d706c652e636f6d012f")
RFC9458_RESPONSE = bytes.fromhex("0140c8")


def test_rfc9292_known_length_request_both_directions():
    assert decode_request(RFC9292_KNOWN_LENGTH_REQUEST) == RFC9292_REQUEST
    assert encode_request(RFC9292_REQUEST) == RFC9292_KNOWN_LENGTH_REQUEST


def test_rfc9292_request_without_its_last_two_bytes_means_the_same():
    # §5.1: "the last two bytes -- corresponding to content and a trailer section -- can each be removed".
    assert decode_request(RFC9292_KNOWN_LENGTH_REQUEST[:-1]) == RFC9292_REQUEST
    assert decode_request(RFC9292_KNOWN_LENGTH_REQUEST[:-2]) == RFC9292_REQUEST


def test_rfc9292_indeterminate_length_request_decodes_to_the_same_request():
    assert decode_request(RFC9292_INDETERMINATE_REQUEST) == RFC9292_REQUEST
    # "anything up to 12 bytes can be removed from this message without affecting its meaning"
    assert decode_request(RFC9292_INDETERMINATE_REQUEST[:-12]) == RFC9292_REQUEST
    with pytest.raises(OhttpError, match="ends inside"):
        decode_request(RFC9292_INDETERMINATE_REQUEST[:-13])


def test_rfc9292_informational_responses_are_skipped():
    response = decode_response(RFC9292_INFORMATIONAL_RESPONSE)
    assert response.status == 200
    assert response.headers == (
        ("date", "Mon, 27 Jul 2009 12:28:53 GMT"),
        ("server", "Apache"),
        ("last-modified", "Wed, 22 Jul 2009 19:15:56 GMT"),
        ("etag", '"34aa387-d-1568eb00"'),
        ("accept-ranges", "bytes"),
        ("content-length", "51"),
        ("vary", "Accept-Encoding"),
        ("content-type", "text/plain"),
    )
    assert response.content == b"Hello World! My content includes a trailing CRLF.\r\n"
    assert response.trailers == ()


def test_rfc9292_known_length_response_with_trailer_both_directions():
    expected = Response(200, (), b"This content contains CRLF.\r\n", trailers=(("trailer", "text"),))
    assert decode_response(RFC9292_KNOWN_LENGTH_RESPONSE) == expected
    assert encode_response(expected) == RFC9292_KNOWN_LENGTH_RESPONSE


def test_rfc9458_inner_messages_decode_and_reencode_with_every_section():
    request = decode_request(RFC9458_REQUEST)
    assert request == Request("GET", "https", "example.com", "/")
    assert decode_response(RFC9458_RESPONSE) == Response(200)
    # Our encoder writes the three empty sections the RFC's example left out.
    assert encode_request(request) == RFC9458_REQUEST + b"\x00\x00\x00"
    assert encode_response(Response(200)) == RFC9458_RESPONSE + b"\x00\x00\x00"


def test_field_names_are_lower_cased_and_a_json_post_round_trips():
    request = Request(
        "POST",
        "https",
        "collector.example",
        "/v1/reports",
        headers=(("Content-Type", "application/json"), ("Authorization", "PrivateToken token=abc")),
        content=b'{"schema":"edge.tokens/2"}',
    )
    decoded = decode_request(encode_request(request, pad_to=1024))
    assert decoded.headers == (("content-type", "application/json"), ("authorization", "PrivateToken token=abc"))
    assert decoded == dataclasses.replace(request, headers=decoded.headers)


def test_padding_gives_exactly_the_size_asked_and_decodes_unchanged():
    response = Response(200, (("content-type", "application/json"),), b'{"ok": true}')
    plain = encode_response(response)
    padded = encode_response(response, pad_to=2048)
    assert len(padded) == 2048
    assert padded == plain + bytes(2048 - len(plain))
    assert decode_response(padded) == response
    assert encode_response(response, pad_to=len(plain)) == plain
    with pytest.raises(OhttpError, match=f"{len(plain)} bytes, more than pad_to={len(plain) - 1}"):
        encode_response(response, pad_to=len(plain) - 1)
    with pytest.raises(OhttpError, match="more than pad_to"):
        encode_request(Request("POST", "https", "a", "/", content=bytes(1024)), pad_to=1024)


def test_non_zero_padding_is_rejected():
    padded = bytearray(encode_request(RFC9292_REQUEST, pad_to=300))
    padded[-1] = 1
    with pytest.raises(OhttpError, match="padding must be zeros"):
        decode_request(bytes(padded))


field_name = st.from_regex(r"[a-z0-9!#$%&'*+.^_`|~-]{1,20}", fullmatch=True)
field_value = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"), max_size=40)
field_value = field_value.map(lambda v: v.strip(" \t"))
fields = st.lists(st.tuples(field_name, field_value), max_size=4).map(tuple)
requests = st.builds(
    Request,
    method=st.from_regex(r"[A-Z]{1,7}", fullmatch=True),
    scheme=st.sampled_from(["https", "http", "coap+tcp"]),
    authority=st.from_regex(r"[a-z0-9.:-]{0,30}", fullmatch=True),
    path=st.from_regex(r"/[A-Za-z0-9/?=&%._~-]{0,40}", fullmatch=True),
    headers=fields,
    content=st.binary(max_size=100),
    trailers=fields,
)
responses = st.builds(
    Response, status=st.integers(200, 599), headers=fields, content=st.binary(max_size=100), trailers=fields
)


@settings(max_examples=50, deadline=None)
@given(requests, st.integers(0, 64))
def test_requests_round_trip_with_and_without_padding(request, extra):
    encoded = encode_request(request)
    assert decode_request(encoded) == request
    assert decode_request(encode_request(request, pad_to=len(encoded) + extra)) == request


@settings(max_examples=50, deadline=None)
@given(responses, st.integers(0, 64))
def test_responses_round_trip_with_and_without_padding(response, extra):
    encoded = encode_response(response)
    assert decode_response(encoded) == response
    assert decode_response(encode_response(response, pad_to=len(encoded) + extra)) == response


def _decodable_prefixes(encoded, decode, message):
    """How many strict prefixes of `encoded` decode; each that does must be `message` cut at a section boundary.

    RFC 9292 §3.8 lets a message end where a section's length would start, the missing sections being empty;
    a cut anywhere else is an error. So at most three prefixes decode: after the control data, after the
    header section, after the content.
    """
    legal = {
        dataclasses.replace(message, trailers=()),
        dataclasses.replace(message, content=b"", trailers=()),
        dataclasses.replace(message, headers=(), content=b"", trailers=()),
    }
    decodable = 0
    for end in range(len(encoded)):
        try:
            decoded = decode(encoded[:end])
        except OhttpError:
            continue
        decodable += 1
        assert decoded in legal, f"a prefix of {end} bytes decoded to a different message"
    return decodable


@settings(max_examples=25, deadline=None)
@given(requests)
def test_every_truncated_request_is_an_error_or_ends_at_a_section_boundary(request):
    assert _decodable_prefixes(encode_request(request), decode_request, request) <= 3


@settings(max_examples=25, deadline=None)
@given(responses)
def test_every_truncated_response_is_an_error_or_ends_at_a_section_boundary(response):
    assert _decodable_prefixes(encode_response(response), decode_response, response) <= 3


def test_truncations_of_the_rfc_examples():
    response = decode_response(RFC9292_KNOWN_LENGTH_RESPONSE)
    assert _decodable_prefixes(RFC9292_KNOWN_LENGTH_RESPONSE, decode_response, response) == 3
    response = decode_response(RFC9292_INFORMATIONAL_RESPONSE)
    # Only cuts after the final status, the header section and the content decode; the interim responses do not.
    assert _decodable_prefixes(RFC9292_INFORMATIONAL_RESPONSE, decode_response, response) == 3
    request = decode_request(RFC9292_KNOWN_LENGTH_REQUEST)
    assert _decodable_prefixes(RFC9292_KNOWN_LENGTH_REQUEST, decode_request, request) == 3


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "ends inside its framing indicator"),
        (bytes.fromhex("01"), "framing indicator 1 is a response, expected a request"),
        (bytes.fromhex("07"), "framing indicator 7 is not defined"),
        (bytes.fromhex("0003474554"), "ends inside its scheme length"),
        (bytes.fromhex("0000"), "method is empty"),
        (bytes.fromhex("0003474554056874747073000000"), "path is empty"),
        (bytes.fromhex("000347 2054 0568747470730000012f"), "method has bytes HTTP does not allow"),
        (bytes.fromhex("00034745540568747470730001 2f 04 0141 0178"), "not a lower-case HTTP token"),
        (bytes.fromhex("00034745540568747470730001 2f 0a 07 3a6d6574686f64 01 78"), "pseudo-field"),
        (bytes.fromhex("00034745540568747470730001 2f 06 0161 030a7878"), "contains NUL, CR or LF"),
        (bytes.fromhex("00034745540568747470730001 2f 06 0161 03207878"), "white space"),
        (bytes.fromhex("00034745540568747470730001 2f 04 0161 0378"), "ends inside its header field 'a' value"),
        (bytes.fromhex("00034745540568747470730001 2f 00 05 6162"), "ends inside its content"),
    ],
)
def test_invalid_requests_say_what_is_wrong(data, message):
    with pytest.raises(OhttpError, match=message):
        decode_request(data)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (bytes.fromhex("00"), "framing indicator 0 is a request, expected a response"),
        (bytes.fromhex("01"), "ends inside its status code"),
        (bytes.fromhex("014063"), "status code 99 is outside 100-599"),
        (bytes.fromhex("014258"), "status code 600 is outside 100-599"),
        (bytes.fromhex("014066"), "ends after informational status 102, with no final status"),
        (bytes.fromhex("01406600"), "ends inside its status code"),
        (bytes.fromhex("0140c8000000ff"), "non-zero byte at offset 6"),
    ],
)
def test_invalid_responses_say_what_is_wrong(data, message):
    with pytest.raises(OhttpError, match=message):
        decode_response(data)


def test_non_minimal_integers_are_accepted():
    # RFC 9292 §3: "Integer values do not need to be encoded on the minimum number of bytes necessary."
    assert decode_response(bytes.fromhex("4001800000c8")) == Response(200)


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (Request("GET", "https", "a", "/", headers=(("bad name", "x"),)), "field name 'bad name' is not an HTTP token"),
        (Request("GET", "https", "a", "/", headers=((":path", "/"),)), "not an HTTP token"),
        (Request("GET", "https", "a", "/", headers=(("x", "secret\r\nvalue"),)), "contains NUL, CR or LF"),
        (Request("GET", "https", "a", "/", headers=(("x", " secret"),)), "white space"),
        (Request("GET", "https", "a", "/", trailers=(("x", "s\u20acret"),)), "beyond latin-1"),
        (Request("GET", "https", "a", "/", headers=(("", "x"),)), "not an HTTP token"),
        (Request("G ET", "https", "a", "/"), "method has characters"),
        (Request("GET", "1https", "a", "/"), "scheme has characters"),
        (Request("GET", "https", "a", "/a b?secret"), "path has characters"),
        (Request("GET", "https", "a", "/caf\u00e9"), "path is not ASCII"),
        (Request("GET", "https", "a", ""), "path is empty"),
    ],
)
def test_unencodable_requests_say_what_is_wrong_without_echoing_values(request_, message):
    with pytest.raises(OhttpError, match=message) as caught:
        encode_request(request_)
    assert "secret" not in str(caught.value)


@pytest.mark.parametrize("status", [100, 103, 199, 600, 0, True, 200.0])
def test_only_final_statuses_are_encoded(status):
    with pytest.raises(OhttpError, match="not a final status code"):
        encode_response(Response(status))
